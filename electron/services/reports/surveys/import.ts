import { ApiError } from '../../../../shared/api';
import type { SurveyCheck } from '../../../../shared/api/surveys';
import { decodeSurveyBytes } from '../../../../shared/reports/survey/decode';
import { DEFAULT_MAPPING, SurveyMapping } from '../../../../shared/reports/survey/mapping';
import { parseCsv } from '../../../../shared/reports/survey/parse-csv';
import { readSurveyRows, type SurveyRow } from '../../../../shared/reports/survey/rows';
import type { ServiceContext } from '../../context';
import type { Repositories } from '../../repositories';
import type { SurveyStore } from './store';

const MAPPING_KEY = 'surveys.mapping';

interface Read {
  check: SurveyCheck;
  fresh: SurveyRow[];
}

/** Decide: every row of the file read, checked against what is already imported, and counted. Changes nothing. */
function readFile(store: SurveyStore, contentBase64: string, mapping: SurveyMapping): Read {
  const empty = (problem: string, encoding = '', columns: string[] = []): Read => ({
    check: { encoding, columns, rows: 0, good: 0, alreadyImported: 0, matched: 0, bad: [], problem },
    fresh: [],
  });
  const decoded = decodeSurveyBytes(new Uint8Array(Buffer.from(contentBase64, 'base64')), mapping.encoding);
  if (!decoded.ok) return empty(decoded.message);
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) return empty(parsed.message, decoded.encoding);
  const columns = parsed.rows[0]?.cells.map((c) => c.trim().replace(/^\uFEFF/, '')) ?? [];
  const read = readSurveyRows(parsed.rows, mapping);
  if (!read.ok) return empty(read.message, decoded.encoding, columns);
  const stored = store.existing(read.rows.map((r) => r.reference));
  const bad = [...read.bad];
  const fresh: SurveyRow[] = [];
  let alreadyImported = 0;
  for (const row of read.rows) {
    const before = stored.get(row.reference);
    if (!before) fresh.push(row);
    else if (before.respondedOn === row.respondedOn && before.rating === row.rating && before.comment === row.comment) alreadyImported++;
    else bad.push({ line: row.line, reason: `the reference "${row.reference}" was imported before with a different date, rating or comment` });
  }
  bad.sort((a, b) => a.line - b.line);
  return {
    check: {
      encoding: decoded.encoding,
      columns,
      rows: parsed.rows.length - 1,
      good: fresh.length,
      alreadyImported,
      matched: store.matchedCount(read.rows.map((r) => r.reference)),
      bad,
      problem: null,
    },
    fresh,
  };
}

export function surveyHandlers(ctx: ServiceContext, repos: Repositories, store: SurveyStore) {
  return {
    mapping: (): SurveyMapping => repos.settings.get(MAPPING_KEY, SurveyMapping) ?? DEFAULT_MAPPING,
    check: (contentBase64: string, mapping: SurveyMapping): SurveyCheck => readFile(store, contentBase64, mapping).check,
    /** Act: all the file's new rows in one transaction, or nothing (with every bad row and its reason). */
    import(contentBase64: string, mapping: SurveyMapping) {
      return ctx.db.transaction(() => {
        const { check, fresh } = readFile(store, contentBase64, mapping);
        if (check.problem) throw new ApiError('invalid_input', check.problem);
        if (check.bad.length) {
          const first = check.bad[0]!;
          throw new ApiError(
            'invalid_input',
            `Nothing was imported: ${check.bad.length} row${check.bad.length === 1 ? ' is' : 's are'} wrong (line ${first.line}: ${first.reason}).`,
            check.bad,
          );
        }
        const batch = { batchId: ctx.newId(), min: mapping.ratingMin, max: mapping.ratingMax, at: ctx.now() };
        for (const row of fresh) store.insert(row, { ...batch, id: ctx.newId() });
        repos.settings.set(MAPPING_KEY, mapping);
        return { imported: fresh.length, alreadyImported: check.alreadyImported, matched: check.matched };
      })();
    },
  };
}
