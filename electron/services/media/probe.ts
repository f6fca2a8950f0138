import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../shared/api';
import { sniffAudio } from '../../../shared/media/sniff';
import type { AudioFormat } from '../../../shared/media/outcome';
import { fileByteSource, sha256OfFile } from './file-source';
import { errnoOf, fileProblem } from './problems';

export interface ProbedFile {
  path: string;
  fileName: string;
  sizeBytes: number;
  modifiedMs: number;
  sha256: string;
  format: AudioFormat;
}

const statOrExplain = async (file: string, name: string) => {
  try {
    return await fs.stat(file);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') {
      throw fileProblem('not_found', `There is no file at ${file}.`, { problem: 'missing' });
    }
    throw fileProblem('invalid_input', `Callmark may not read “${name}” (${errnoOf(error) ?? 'access refused'}).`, { problem: 'unreadable' });
  }
};

/**
 * A path relative to wherever the backend runs means nothing to the reviewer: only a full path is taken (the
 * browser host accepts a typed one; in the desktop app paths come from the dialog or a drop, always full).
 */
export function requireAbsolutePath(given: string): string {
  if (path.isAbsolute(given)) return path.resolve(given);
  throw new ApiError(
    'invalid_input',
    `“${given}” is not a full path. Give the full path of the recording: starting with / on macOS and Linux, or with a drive letter such as C:\\ on Windows.`,
  );
}

/**
 * Everything attach and relink need to know about a file: that it is a file,
 * what audio it holds (from its bytes), and its size, modification time and
 * SHA-256 — measured without loading it into memory.
 */
export async function probeFile(given: string): Promise<ProbedFile> {
  const file = requireAbsolutePath(given);
  const fileName = path.basename(file);
  const before = await statOrExplain(file, fileName);
  if (!before.isFile()) throw fileProblem('invalid_input', `“${fileName}” is a folder or device, not a recording.`, { problem: 'not_a_file' });
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    throw fileProblem('invalid_input', `Callmark may not read “${fileName}” (${errnoOf(error) ?? 'access refused'}).`, { problem: 'unreadable' });
  }
  let sniffed;
  try {
    sniffed = await sniffAudio(fileByteSource(handle, before.size));
  } finally {
    await handle.close();
  }
  if (!sniffed.ok) {
    const details = sniffed.codec === undefined ? { problem: sniffed.problem } : { problem: sniffed.problem, codec: sniffed.codec };
    throw fileProblem('invalid_input', `Cannot attach “${fileName}”. ${sniffed.message} The review can still be scored without it.`, details);
  }
  const sha256 = await sha256OfFile(file);
  const after = await statOrExplain(file, fileName);
  if (after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
    throw fileProblem('conflict', `“${fileName}” changed while Callmark was reading it. Try again once it has finished copying.`, { problem: 'changed' });
  }
  return { path: file, fileName, sizeBytes: after.size, modifiedMs: Math.floor(after.mtimeMs), sha256, format: sniffed.format };
}
