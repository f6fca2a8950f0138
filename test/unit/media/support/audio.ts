import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Recordings made in the test with sox and ffmpeg (installed by .ci/run), never
 * downloaded or committed. Each helper writes one file and returns its path.
 */
const run = (tool: string, args: string[]) => execFileSync(tool, args, { stdio: ['ignore', 'ignore', 'pipe'] });

/** A 440 Hz tone through sox in the given WAV encoding ("signed-integer -b 16", "u-law", "ima-adpcm"...). */
export function soxWav(dir: string, name: string, encoding: string[], seconds = 3, rate = 8000, channels = 1, effects: string[] = []): string {
  const file = path.join(dir, name);
  run('sox', ['-n', '-r', String(rate), '-c', String(channels), ...encoding, file, 'synth', String(seconds), 'sine', '440', ...effects]);
  return file;
}

/** A tone encoded by ffmpeg: codec and container from the arguments and the file's extension. */
export function ffmpegAudio(dir: string, name: string, codecArgs: string[], seconds = 3, rate = 8000): string {
  const file = path.join(dir, name);
  run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}:sample_rate=${rate}`, '-ac', '1', ...codecArgs, file]);
  return file;
}

/** sox's own decode of a file to raw 16-bit little-endian samples: the reference our decoder must match. */
export function soxDecodeToS16(file: string): Int16Array {
  const raw = execFileSync('sox', [file, '-t', 'raw', '-e', 'signed-integer', '-b', '16', '-L', '-'], { maxBuffer: 1 << 30 });
  return new Int16Array(raw.buffer, raw.byteOffset, raw.byteLength / 2);
}

export function truncateFile(file: string, keepBytes: number, name: string): string {
  const out = path.join(path.dirname(file), name);
  fs.writeFileSync(out, fs.readFileSync(file).subarray(0, keepBytes));
  return out;
}

/** A spoken sentence (espeak-ng), resampled by sox to 8 kHz mono 16-bit: speech exercises a codec as a tone cannot. */
export function speechWav(dir: string, name: string, text = 'Thank you for calling. My name is Rita, how can I help you today? I would like to check order four five six.'): string {
  const raw = path.join(dir, `${name}.espeak.wav`);
  run('espeak-ng', ['-w', raw, text]);
  const file = path.join(dir, name);
  run('sox', [raw, '-r', '8000', '-c', '1', '-e', 'signed-integer', '-b', '16', file]);
  return file;
}

/** sox converts `input` to a WAV in the given encoding: how recorders' GSM files are made here. */
export function soxConvert(input: string, name: string, encoding: string[]): string {
  const file = path.join(path.dirname(input), name);
  run('sox', [input, ...encoding, file]);
  return file;
}

/** ffmpeg encodes `input` with the given codec arguments. */
export function ffmpegConvert(input: string, name: string, codecArgs: string[]): string {
  const file = path.join(path.dirname(input), name);
  run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-i', input, ...codecArgs, file]);
  return file;
}

/** ffmpeg's own decode of a file to raw 16-bit little-endian samples: the reference for G.726. */
export function ffmpegDecodeToS16(file: string): Int16Array {
  const raw = execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'quiet', '-i', file, '-f', 's16le', '-'], { maxBuffer: 1 << 30 });
  return new Int16Array(raw.buffer, raw.byteOffset, raw.byteLength / 2);
}

/**
 * A stereo call as dual-channel recorders write it: the agent speaking on the left, the customer on the right,
 * taking turns (espeak-ng speech, 8 kHz 16-bit), `seconds` long.
 */
export function stereoCallWav(dir: string, name: string, seconds = 40): string {
  const agent = speechWav(dir, `${name}.agent.wav`, 'Good morning, you are through to the customer services team, my name is Rita. How can I help you today?');
  const customer = speechWav(dir, `${name}.customer.wav`, 'Hello, yes. I am calling about my council tax bill, I think it was sent to the wrong address.');
  const agentLane = path.join(dir, `${name}.left.wav`);
  const customerLane = path.join(dir, `${name}.right.wav`);
  // The agent at the start and again later; the customer answers in between.
  run('sox', [agent, agentLane, 'pad', '0.5', '4', 'repeat', '2', 'trim', '0', String(seconds)]);
  run('sox', [customer, customerLane, 'pad', '8', '2', 'repeat', '2', 'trim', '0', String(seconds)]);
  const file = path.join(dir, name);
  run('sox', ['-M', agentLane, customerLane, file, 'pad', '0', String(seconds)]);
  run('sox', [file, `${file}.trim.wav`, 'trim', '0', String(seconds)]);
  fs.renameSync(`${file}.trim.wav`, file);
  return file;
}
