import { ascii, type ByteSource } from './bytes';
import { sniffFlac } from './formats/flac';
import { id3v2Size, parseFrameHeader, sniffMp3 } from './formats/mp3';
import { sniffMp4 } from './formats/mp4';
import { sniffOgg } from './formats/ogg';
import { sniffWav } from './formats/wav';
import { fail, unsupportedCodec, type SniffOutcome } from './outcome';

/** Formats people send that Chromium cannot play, named so the message says what the file is. */
const OTHER_SIGNATURES: { test: (b: Uint8Array) => boolean; outcome: (b: Uint8Array) => SniffOutcome }[] = [
  { test: (b) => ascii(b, 0, 5) === '#!AMR', outcome: () => unsupportedCodec('AMR', 'AMR') },
  { test: (b) => ascii(b, 0, 4) === 'FORM' && ['AIFF', 'AIFC'].includes(ascii(b, 8, 4)), outcome: () => unsupportedCodec('AIFF', 'AIFF') },
  { test: (b) => ascii(b, 0, 4) === 'caff', outcome: () => unsupportedCodec('CAF', 'Core Audio') },
  { test: (b) => b[0] === 0x30 && b[1] === 0x26 && b[2] === 0xb2 && b[3] === 0x75, outcome: () => unsupportedCodec('WMA', 'Windows Media Audio') },
  { test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) !== 'WAVE', outcome: (b) => fail('not_audio', `This is a RIFF ${ascii(b, 8, 4).trim()} file, not a WAV recording.`) },
];

const NOT_AUDIO = 'This file is not a recording Callmark can read: it is not WAV, MP3, Ogg, FLAC or M4A.';

/**
 * Identifies a recording from its bytes, never its name (a ".wav" from a call
 * recorder may hold anything), and measures its duration where the headers say
 * it cheaply. Reads only headers: a few kilobytes, wherever the file's size.
 */
export async function sniffAudio(src: ByteSource): Promise<SniffOutcome> {
  if (src.size === 0) return fail('empty', 'This file is empty.');
  const head = await src.read(0, 64);
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WAVE') return sniffWav(src);
  if (['RIFX', 'RF64'].includes(ascii(head, 0, 4)) && ascii(head, 8, 4) === 'WAVE') return sniffWav(src);
  if (ascii(head, 0, 4) === 'OggS') return sniffOgg(src);
  if (ascii(head, 0, 4) === 'fLaC') return sniffFlac(src, 0);
  if (ascii(head, 4, 4) === 'ftyp') return sniffMp4(src);
  const id3 = id3v2Size(head);
  if (id3 > 0) {
    const after = await src.read(id3, 4);
    return ascii(after, 0, 4) === 'fLaC' ? sniffFlac(src, id3) : sniffMp3(src, id3);
  }
  if (parseFrameHeader(head, 0)) return sniffMp3(src, 0);
  const other = OTHER_SIGNATURES.find((s) => s.test(head));
  return other ? other.outcome(head) : fail('not_audio', NOT_AUDIO);
}
