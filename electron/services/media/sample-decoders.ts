import { FLACDecoder } from '@wasm-audio-decoders/flac';
import { OggVorbisDecoder } from '@wasm-audio-decoders/ogg-vorbis';
import { MPEGDecoder } from 'mpg123-decoder';
import { OggOpusDecoder } from 'ogg-opus-decoder';

/**
 * Streaming decoders for the compressed formats Chromium plays but the backend
 * must read to draw their waveform (issue 13 item 2). Each takes the file's bytes
 * a slice at a time and gives back planar float samples, so an hour is never held
 * decoded. All are WebAssembly builds of the reference libraries (mpg123,
 * libvorbis, libopus, libFLAC), which run unchanged in Node and in
 * Electron's utility process; docs/recordings.md says why these were chosen.
 */
export interface Decoded {
  channelData: readonly Float32Array[];
  samplesDecoded: number;
  sampleRate: number;
}

export interface SampleDecoder {
  decode(bytes: Uint8Array): Promise<Decoded>;
  /** Whatever the decoder still holds at the end of the stream. */
  flush(): Promise<Decoded | null>;
  free(): void;
}

const asDecoded = (r: { channelData: Float32Array[]; sampleRate: number; samplesDecoded?: number }): Decoded => ({
  channelData: r.channelData,
  samplesDecoded: r.samplesDecoded ?? r.channelData[0]?.length ?? 0,
  sampleRate: r.sampleRate,
});

async function mp3(): Promise<SampleDecoder> {
  const d = new MPEGDecoder();
  await d.ready;
  return { decode: async (b) => asDecoded(d.decode(b)), flush: async () => null, free: () => d.free() };
}

async function vorbis(): Promise<SampleDecoder> {
  const d = new OggVorbisDecoder();
  await d.ready;
  return { decode: async (b) => asDecoded(await d.decode(b)), flush: async () => asDecoded(await d.flush()), free: () => d.free() };
}

async function opus(): Promise<SampleDecoder> {
  const d = new OggOpusDecoder();
  await d.ready;
  // Typed as synchronous, but its first call sets the decoder up asynchronously: always awaited.
  return { decode: async (b) => asDecoded(await d.decode(b)), flush: async () => asDecoded(await d.flush()), free: () => d.free() };
}

async function flac(): Promise<SampleDecoder> {
  const d = new FLACDecoder();
  await d.ready;
  return { decode: async (b) => asDecoded(await d.decode(b)), flush: async () => asDecoded(await d.flush()), free: () => d.free() };
}

/** Byte-stream decoders by the stored format id (container/codec); MP3 inside WAV is fed its data chunk. */
const BYTE_STREAM: Record<string, () => Promise<SampleDecoder>> = {
  'mp3/mp3': mp3,
  'wav/mp3': mp3,
  'ogg/vorbis': vorbis,
  'ogg/opus': opus,
  'flac/flac': flac,
  'ogg/flac': flac,
};

export const byteStreamDecoder = (formatId: string): (() => Promise<SampleDecoder>) | null => BYTE_STREAM[formatId] ?? null;
