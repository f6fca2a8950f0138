import fs from 'node:fs';
import path from 'node:path';
import { tempFolder } from '../../../support/service';

/** An empty folder to share, as a network drive or a synced folder would be. */
export const emptyShare = () => {
  const root = path.join(tempFolder('callmark-share-'), 'share');
  fs.mkdirSync(root);
  return root;
};

/** Every file in the month folders of one kind's folder (scorecards by default), relative to that folder, sorted. */
export function shareFiles(root: string, { hidden = false, folder = 'scorecards' } = {}): string[] {
  const base = path.join(root, folder);
  if (!fs.existsSync(base)) return [];
  const out: string[] = [];
  for (const year of fs.readdirSync(base))
    for (const month of fs.readdirSync(path.join(base, year)))
      for (const name of fs.readdirSync(path.join(base, year, month))) if (hidden || !name.startsWith('.')) out.push(`${year}/${month}/${name}`);
  return out.sort();
}

/**
 * Takes the share's marker away, as a disconnected drive would: deliveries wait
 * (and say why) until the returned function puts it back.
 */
export function takeMarkerAway(root: string): () => void {
  const markerFile = path.join(root, 'callmark-share.json');
  const saved = fs.readFileSync(markerFile);
  fs.rmSync(markerFile);
  return () => fs.writeFileSync(markerFile, saved);
}
