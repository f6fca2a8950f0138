import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { writeImaAdpcmWav, writePcmWav } from './media-fixture';

/**
 * The one-hour recordings the media and player benches open (issue 13): IMA
 * ADPCM as before, GSM 6.10 (sox) and a 32 kbit/s MP3 (ffmpeg) encoded from the
 * same speech-like signal, and a stereo PCM call. sox and ffmpeg come from the
 * apt packages CI installs.
 */
export type BenchRecording = 'ima' | 'gsm' | 'mp3' | 'stereo';

export const RECORDING_LABELS: Record<BenchRecording, string> = {
  ima: '8 kHz IMA ADPCM WAV',
  gsm: '8 kHz GSM 6.10 WAV',
  mp3: '8 kHz 32 kbit/s MP3',
  stereo: '8 kHz 16-bit stereo PCM WAV',
};

const quiet = { stdio: ['ignore', 'ignore', 'inherit'] as ['ignore', 'ignore', 'inherit'] };

export function writeBenchRecording(folder: string, kind: BenchRecording, seconds: number): { file: string; bytes: number } {
  const file = path.join(folder, `${kind}-${seconds}s.${kind === 'mp3' ? 'mp3' : 'wav'}`);
  if (kind === 'ima') writeImaAdpcmWav(file, seconds);
  else if (kind === 'stereo') writePcmWav(file, seconds, 2);
  else {
    const source = path.join(folder, `pcm-${seconds}s.wav`);
    if (!fs.existsSync(source)) writePcmWav(source, seconds);
    if (kind === 'gsm') execFileSync('sox', [source, '-e', 'gsm-full-rate', file], quiet);
    else execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-i', source, '-c:a', 'libmp3lame', '-b:a', '32k', file], quiet);
  }
  return { file, bytes: fs.statSync(file).size };
}
