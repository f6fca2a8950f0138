// A separate Node process that writes to a share, for the tests that need a
// real second process: one killed between writing and renaming, and two
// exporting at once. Run with: node --import tsx child-writer.ts <mode> <json args>
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { createFolderTarget } from '../../../../electron/services/sync/folder/target';
import type { OutgoingItem } from '../../../../electron/services/sync/delivery';
import { createKindRegistry, DOCUMENT_KINDS } from '../../../../shared/sync/kinds';
import { openService } from '../../../support/service';
import { openReviewer } from './reviewer';
import { testNoteKind, testNotes } from './test-note-kind';

type Args =
  | { mode: 'hang-before-rename'; root: string; shareId: string; item: OutgoingItem }
  /** Adds `root` as a target that sends everything completed before, says ADDED, and keeps running until killed. */
  | { mode: 'add-share-send-existing'; dataFolder: string; root: string }
  | {
      mode: 'export';
      root: string;
      name: string;
      count: number;
      common: OutgoingItem[];
      shareId: string;
      /** Test notes to complete as well: `count` of its own, and each of `sharedIds` (which the other process writes too). */
      notes?: { count: number; sharedIds: string[] };
    };

const args = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as Args;
const say = (line: string) => process.stdout.write(`${line}\n`);
/** Waits to be killed. A promise that never settles does not keep Node running by itself: a timer does. */
const untilKilled = () => new Promise(() => setInterval(() => undefined, 60_000));
const signal = new AbortController().signal;
const kinds = createKindRegistry([...DOCUMENT_KINDS, testNoteKind]);

if (args.mode === 'add-share-send-existing') {
  const s = openService(args.dataFolder);
  await s.call('sync.targets.add', { name: 'Team share', config: { kind: 'folder', path: args.root }, sendExisting: true });
  say('ADDED');
  await untilKilled();
} else if (args.mode === 'hang-before-rename') {
  const target = createFolderTarget(
    { root: args.root, shareId: args.shareId, kinds },
    {
      // The temporary file is complete and flushed; the parent kills us before it gets its name.
      beforeCommit: async (temp) => {
        say(`TEMP ${temp}`);
        await untilKilled();
      },
    },
  );
  await target.deliver(args.item, signal);
  say('NOT KILLED');
} else {
  const notes = testNotes();
  const r = await openReviewer(args.name, undefined, args.notes ? notes.setup : {});
  await r.addShare(args.root, { adopt: true });
  say('READY');
  const ids = await r.complete(args.count);
  const noteIds: string[] = [];
  if (args.notes) {
    for (let n = 0; n < args.notes.count; n++) noteIds.push(randomUUID());
    for (const noteId of [...noteIds, ...args.notes.sharedIds]) notes.complete(r.service, noteId, 1, `${args.name} wrote ${noteId}`);
  }
  await r.idle();
  // Both processes also deliver the same items at the same time: one writes each, the other finds it identical.
  const target = createFolderTarget({ root: args.root, shareId: args.shareId, kinds });
  const outcomes = [];
  for (const item of args.common) outcomes.push((await target.deliver(item, signal)).kind);
  const status = (await r.call('sync.status', {})).targets[0]!;
  await r.close();
  say(`DONE ${JSON.stringify({ ids, noteIds, outcomes, counts: status.counts })}`);
}
