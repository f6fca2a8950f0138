import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeWav } from '../sync/support/wav';
import { servicesClosedAfterEach, tempFolder } from '../../support/service';
import { csvObjects } from '../csv/parse-csv';
import { ELEMENT_IDS, withMisses } from './support';

const open = servicesClosedAfterEach();

describe('CSV export of stored scores, with notes, the recording and local dates', () => {
  it('adds the columns at the end: dates where the user is (and ISO with the offset), the recording file name and both kinds of note', async () => {
    const s = open(undefined, () => new Date('2026-07-01T09:00:00Z'));
    await s.call('reviewer.setName', { name: 'Rita Reviewer' });
    const agent = await s.call('agents.create', { name: 'Ada', team: 'North' });
    const detail = await s.call('reviews.create', {
      agentId: agent.id,
      templateVersionId: (await s.call('templates.list', {}))[0]!.latestVersionId,
      interaction: { channel: 'phone', occurredAt: '2026-06-30T23:30:00Z', reference: 'REF-7' },
    });
    const id = detail.scorecard.id;
    const folder = tempFolder();
    const wav = writeWav(folder, 'call-0042.wav', 2);
    await s.call('media.attach', { scorecardId: id, path: wav });
    await s.call('media.notes.add', { scorecardId: id, atSeconds: 83, elementId: ELEMENT_IDS[0]!, text: 'No greeting' });
    await s.call('media.notes.add', { scorecardId: id, atSeconds: 5, elementId: null, text: 'Line was noisy' });
    for (const [i, elementId] of ELEMENT_IDS.entries()) await s.call('reviews.setAnswer', { scorecardId: id, elementId, value: withMisses(1)[i]! });
    await s.call('reviews.complete', { scorecardId: id });

    const chunk = await s.call('export.csv', { kind: 'scorecards', locale: 'en-GB', timeZone: 'Europe/London' });
    const [row] = csvObjects(chunk.text);
    expect(row).toMatchObject({
      occurred_at: '2026-06-30T23:30:00.000Z',
      occurred_local: '01/07/2026, 00:30',
      occurred_local_iso: '2026-07-01T00:30:00+01:00',
      completed_local_iso: '2026-07-01T10:00:00+01:00',
      recording_file: 'call-0042.wav',
      notes: "[01:23] Greeting applicable to the time of day: No greeting",
      review_notes: '[00:05] Line was noisy',
      // Read from the score stored at completion.
      score_percent: '95',
      elements_met: '19',
      elements_not_met: '1',
    });
    const answers = csvObjects((await s.call('export.csv', { kind: 'answers', timeZone: 'America/New_York', locale: 'en-US' })).text);
    expect(answers[0]).toMatchObject({ occurred_local: '6/30/26, 7:30 PM', occurred_local_iso: '2026-06-30T19:30:00-04:00', notes: expect.stringContaining('No greeting') });
    expect(answers[1]!.notes).toBe('');
    expect(fs.existsSync(wav)).toBe(true);
    const refused = await s.refuse('export.csv', { kind: 'scorecards', timeZone: 'Mars/Olympus_Mons' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'The locale "en-GB" or time zone "Mars/Olympus_Mons" is not known.' } });
  });
});
