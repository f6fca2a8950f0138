import fs from 'node:fs';
import path from 'node:path';
import { stereoCallWav } from '../../unit/media/support/audio';
import type { Api } from './api';
import { daysAgo } from './reports';

/** A day `days` after today (local date, as the date inputs take it). */
export const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export interface SeededCoaching {
  alexId: string;
  /** The scorecard whose recording plays: a note on "greeting" at 4 s. */
  playableId: string;
  /** The scorecard whose recording was moved away after its note was taken. */
  movedId: string;
}

interface Detail {
  scorecard: { id: string };
  template: { content: { sections: { elements: { id: string }[] }[] } };
}

/**
 * Alex Morgan, six completed scorecards over the last fortnight, each missing
 * the first two elements with a comment on the first; two of them with a
 * recording and a timed note (one recording then moved away). Priya Shah, the
 * rest of the Blue team, meets everything: Alex's misses stand out as needs.
 */
export async function seedCoaching(api: Api, workFolder: string): Promise<SeededCoaching> {
  await api.call('reviewer.setName', { name: 'Jane Reviewer' });
  const [template] = await api.call<{ latestVersionId: string }[]>('templates.list', {});
  const agent = async (name: string) => (await api.call<{ id: string }>('agents.create', { name, team: 'Blue team' })).id;
  const [alex, priya] = [await agent('Alex Morgan'), await agent('Priya Shah')];
  const score = async (agentId: string, day: number, misses: number, recording?: string): Promise<string> => {
    const detail = await api.call<Detail>('reviews.create', {
      agentId,
      templateVersionId: template!.latestVersionId,
      interaction: { channel: 'phone', occurredAt: daysAgo(day), reference: `CALL-${agentId.slice(0, 4)}-${day}` },
    });
    const id = detail.scorecard.id;
    const ids = detail.template.content.sections.flatMap((s) => s.elements.map((e) => e.id));
    for (const [i, elementId] of ids.entries()) await api.call('reviews.setAnswer', { scorecardId: id, elementId, value: i < misses ? 'not_met' : 'met' });
    if (misses > 0) await api.call('reviews.setComment', { scorecardId: id, elementId: ids[0], text: `No greeting by name on day ${day}` });
    if (recording) {
      await api.call('media.attach', { scorecardId: id, path: recording });
      await api.call('media.notes.add', { scorecardId: id, atSeconds: 4, elementId: ids[0], text: `Went straight to the account (day ${day})` });
    }
    await api.call('reviews.complete', { scorecardId: id });
    return id;
  };
  const playable = stereoCallWav(workFolder, 'call-playable.wav', 20);
  const moved = stereoCallWav(workFolder, 'call-moved.wav', 20);
  const ids: string[] = [];
  for (const day of [2, 4, 6, 8, 10, 12]) ids.push(await score(alex, day, 2, day === 4 ? playable : day === 6 ? moved : undefined));
  for (const day of [3, 5, 7, 9, 11]) await score(priya, day, 0);
  fs.renameSync(moved, path.join(workFolder, 'archived-call.wav'));
  return { alexId: alex, playableId: ids[1]!, movedId: ids[2]! };
}

/** Moves the host's clock (CALLMARK_CLOCK_SHIFT_FILE) `days` ahead of the wall clock. */
export function shiftClock(file: string, days: number): void {
  fs.writeFileSync(file, String(days * 86_400_000));
}
