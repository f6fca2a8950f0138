/**
 * What sniffing a file tells the backend: a playable format, or a problem the
 * reviewer can act on. Messages name the codec or the damage, never "an error
 * occurred" (issue 3: "A codec that cannot be played is named in the message").
 */
export type Container = 'wav' | 'mp3' | 'ogg' | 'flac' | 'mp4';

/** native: Chromium plays the bytes as they are; decode: the backend serves a WAV made from them (decoded to PCM, or a cut file's header mended). */
export type PlaybackRoute = 'native' | 'decode';

export interface WavLayout {
  formatTag: number;
  channels: number;
  sampleRate: number;
  byteRate: number;
  blockAlign: number;
  bitsPerSample: number;
  /** IMA ADPCM: samples per channel in one full block. */
  samplesPerBlock: number | null;
  dataOffset: number;
  dataBytes: number;
  /** Frames (samples per channel) the file holds: for IMA ADPCM the fact chunk's count, which excludes the last block's padding. */
  frames: number;
}

export interface AudioFormat {
  container: Container;
  /** Machine name: pcm_s16le, pcm_u8, pcm_f32le, alaw, mulaw, ima_adpcm, gsm_ms, g726, mp3, vorbis, opus, flac, aac. */
  codec: string;
  /** For people: "WAV, IMA ADPCM". */
  label: string;
  contentType: string;
  playback: PlaybackRoute;
  durationSeconds: number | null;
  sampleRate: number | null;
  channels: number | null;
  /** Set for WAV files: where the samples are and how they are laid out. */
  wav: WavLayout | null;
  /** Something the reviewer should know though the file plays, e.g. that it is truncated. */
  warning: string | null;
}

export type MediaProblem = 'unsupported' | 'corrupt' | 'truncated' | 'not_audio' | 'empty';

export type SniffOutcome =
  | { ok: true; format: AudioFormat }
  | { ok: false; problem: MediaProblem; message: string; codec?: string };

/** The string stored with a recording, e.g. "wav/ima_adpcm". */
export const formatId = (format: Pick<AudioFormat, 'container' | 'codec'>): string => `${format.container}/${format.codec}`;

export const fail = (problem: MediaProblem, message: string, codec?: string): SniffOutcome =>
  codec === undefined ? { ok: false, problem, message } : { ok: false, problem, message, codec };

export const unsupportedCodec = (containerLabel: string, codecName: string): SniffOutcome =>
  fail(
    'unsupported',
    `This ${containerLabel} file is ${codecName} audio, which Callmark cannot play. Convert it to PCM WAV or MP3.`,
    codecName,
  );

export const truncated = (containerLabel: string, detail: string): SniffOutcome =>
  fail('truncated', `This ${containerLabel} file is truncated: ${detail} It may still be copying, or the recorder stopped early.`);

export const corrupt = (containerLabel: string, detail: string): SniffOutcome =>
  fail('corrupt', `This ${containerLabel} file is damaged: ${detail}`);
