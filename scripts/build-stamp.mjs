import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

function* files(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return;
  if (!fs.statSync(full).isDirectory()) {
    yield entry;
    return;
  }
  for (const name of fs.readdirSync(full).sort()) yield* files(path.join(entry, name));
}

/**
 * "Was this build made from exactly these sources?": a hash over the inputs'
 * names and contents, kept beside the build's output. A start skips a build
 * whose stamp matches (mtimes are not trusted: a checkout or a copy changes them).
 */
export function buildStamp({ inputs, output, stampFile }) {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of files(input)) hash.update(`${file}\0`).update(fs.readFileSync(path.join(root, file))).update('\0');
  }
  const digest = hash.digest('hex');
  const stamp = path.join(root, stampFile);
  return {
    current() {
      try {
        return fs.readFileSync(stamp, 'utf8') === digest && fs.existsSync(path.join(root, output));
      } catch {
        return false;
      }
    },
    record() {
      fs.writeFileSync(stamp, digest);
    },
  };
}
