import { describe, expect, it } from 'vitest';
import { DEFAULT_MAPPING, type SurveyMappingInput } from '../../../shared/reports/survey/mapping';
import { servicesClosedAfterEach, type OpenedService } from '../../support/service';
import { completeWith, withMisses, WHOLE_RANGE, ZONE } from './support';

const open = servicesClosedAfterEach();
const base64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');
const file = (text: string | Uint8Array, mapping: Partial<SurveyMappingInput> = {}) => ({
  fileName: 'govmetric.csv',
  contentBase64: base64(text),
  mapping: { ...DEFAULT_MAPPING, ...mapping },
});

/** Three scored calls with references, by two agents: Ada scores high, Bo low. */
async function scoredCalls(): Promise<OpenedService> {
  const s = open(undefined, undefined, { modules: { reports: { timeZone: ZONE } } });
  await s.call('reviewer.setName', { name: 'Rita Reviewer' });
  const ada = await s.call('agents.create', { name: 'Ada', team: 'North' });
  const bo = await s.call('agents.create', { name: 'Bo', team: 'North' });
  await completeWith(s, ada.id, '2026-03-02T10:00:00Z', withMisses(0), 'REF-1');
  await completeWith(s, ada.id, '2026-03-03T10:00:00Z', withMisses(2), 'REF-2');
  await completeWith(s, bo.id, '2026-03-04T10:00:00Z', withMisses(8), 'REF-3');
  await completeWith(s, bo.id, '2026-03-05T10:00:00Z', withMisses(10), 'REF-4');
  return s;
}

const GOOD = 'Reference,Date,Agent,Rating,Comment\r\nREF-1,02/03/2026,Ada,5,Lovely\r\nREF-2,03/03/2026,Ada,4,"Quick, kind"\r\nREF-3,04/03/2026,Bo,2,\r\nREF-4,05/03/2026,Bo,1,Rude\r\nREF-9,06/03/2026,Cy,3,No call scored\r\n';

describe('customer satisfaction surveys', () => {
  it('imports a GovMetric file, matches by reference and shows satisfaction beside QA with the correlation and its n', async () => {
    const s = await scoredCalls();
    const check = await s.call('surveys.check', file(GOOD));
    expect(check).toMatchObject({ encoding: 'UTF-8', rows: 5, good: 5, matched: 4, bad: [], problem: null });
    expect(await s.call('surveys.import', file(GOOD))).toEqual({ imported: 5, alreadyImported: 0, matched: 4 });
    const sat = await s.call('reports.satisfaction', { filter: { ...WHOLE_RANGE, source: 'all' } });
    expect(sat).toMatchObject({ responses: 5, unmatched: 1 });
    expect(sat.correlation.n).toBe(4);
    expect(sat.correlation.r).toBeGreaterThan(0.9);
    const ada = sat.agents.find((a) => a.name === 'Ada')!;
    // Ratings 5 and 4 on 1–5: 100 and 75.
    expect(ada.satisfaction).toMatchObject({ n: 2, mean: 87.5 });
    expect(ada.qa).toMatchObject({ n: 2, mean: 95 });
    // The same file again changes nothing and says so.
    expect(await s.call('surveys.import', file(GOOD))).toEqual({ imported: 0, alreadyImported: 5, matched: 4 });
  });

  it('remembers the mapping of the last import', async () => {
    const s = await scoredCalls();
    expect(await s.call('surveys.mapping', {})).toEqual(DEFAULT_MAPPING);
    const text = 'Case;Answered;Adviser;Score (0-10)\nREF-1;2026-03-02;Ada;9\n';
    const mapping = { reference: 'Case', date: 'Answered', agent: 'Adviser', rating: 'Score (0-10)', comment: '', dateFormat: 'YYYY-MM-DD' as const, ratingMin: 0, ratingMax: 10 };
    await s.call('surveys.import', file(text, mapping));
    expect(await s.call('surveys.mapping', {})).toMatchObject(mapping);
  });

  const refused = async (s: OpenedService, input: ReturnType<typeof file>) => {
    const envelope = await s.refuse('surveys.import', input);
    expect(envelope.ok).toBe(false);
    const sat = await s.call('reports.satisfaction', { filter: { ...WHOLE_RANGE, source: 'all' } });
    expect(sat.responses).toBe(0);
    return envelope.ok ? null : envelope.error;
  };

  it('refuses a file in another encoding, naming the byte, and reads it as Windows-1252 when told', async () => {
    const s = await scoredCalls();
    const latin1 = Uint8Array.from([...Buffer.from('Reference,Date,Agent,Rating,Comment\nREF-1,02/03/2026,Zo'), 0xeb, ...Buffer.from(',5,Tr'), 0xe8, ...Buffer.from('s bien\n')]);
    const error = await refused(s, file(latin1));
    expect(error?.message).toMatch(/not UTF-8 text \(byte \d+ is 0xEB/);
    expect(await s.call('surveys.check', file(latin1, { encoding: 'windows-1252' }))).toMatchObject({ encoding: 'Windows-1252', good: 1, problem: null });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Reference,Date,Agent,Rating,Comment\nREF-1,02/03/2026,Zoë,5,ok\n', 'utf16le')]);
    expect(await s.call('surveys.check', file(utf16))).toMatchObject({ encoding: 'UTF-16 LE', good: 1 });
    expect(await refused(s, file(Buffer.from('Reference,Date\n', 'utf16le')))).toMatchObject({ message: expect.stringContaining('UTF-16 without a byte-order mark') });
  });

  it('refuses missing columns, naming the columns the file has', async () => {
    const s = await scoredCalls();
    const error = await refused(s, file('Ref,Date,Agent,Score\nREF-1,02/03/2026,Ada,5\n'));
    expect(error?.message).toBe('The file has no column "Reference" (reference), "Rating" (rating), "Comment" (comment). Its columns are: "Ref", "Date", "Agent", "Score".');
  });

  it('lists every bad row with its reason and imports none of the good ones', async () => {
    const s = await scoredCalls();
    const text = [
      'Reference,Date,Agent,Rating,Comment',
      'REF-1,02/03/2026,Ada,5,fine',
      'REF-2,2026-03-03,Ada,4,ISO date in a DD/MM/YYYY file',
      'REF-3,31/02/2026,Bo,2,no such day',
      'REF-4,05/03/2026,Bo,7,out of range',
      'REF-1,06/03/2026,Ada,3,duplicate reference',
      ',06/03/2026,Ada,3,no reference',
      'REF-5,06/03/2026,Ada,four,not a number',
    ].join('\n');
    const check = await s.call('surveys.check', file(text));
    expect(check.good).toBe(1);
    expect(check.bad).toEqual([
      { line: 3, reason: 'the date "2026-03-03" is not written DD/MM/YYYY' },
      { line: 4, reason: 'the date "31/02/2026" is not a real day (read as DD/MM/YYYY)' },
      { line: 5, reason: 'the rating 7 is outside 1–5' },
      { line: 6, reason: 'the reference "REF-1" is also on line 2' },
      { line: 7, reason: 'it has no reference' },
      { line: 8, reason: 'the rating "four" is not a number' },
    ]);
    const error = await refused(s, file(text));
    expect(error?.message).toBe('Nothing was imported: 6 rows are wrong (line 3: the date "2026-03-03" is not written DD/MM/YYYY).');
    expect(error?.details).toHaveLength(6);
  });

  it('refuses a reference imported before with another rating, and a file cut inside a quote', async () => {
    const s = await scoredCalls();
    await s.call('surveys.import', file(GOOD));
    const changed = GOOD.replace('REF-3,04/03/2026,Bo,2', 'REF-3,04/03/2026,Bo,3');
    expect((await s.refuse('surveys.import', file(changed))).ok).toBe(false);
    expect((await s.call('surveys.check', file(changed))).bad).toEqual([{ line: 4, reason: 'the reference "REF-3" was imported before with a different date, rating or comment' }]);
    expect((await s.call('surveys.check', file('Reference,Date,Agent,Rating,Comment\nREF-1,02/03/2026,Ada,5,"never closed\n'))).problem).toBe(
      'A quoted cell that starts on line 2 is never closed: the file is cut short or a quote is missing.',
    );
  });
});
