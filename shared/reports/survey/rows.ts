import type { SurveyMapping } from './mapping';

/** One survey response as read from a row. */
export interface SurveyRow {
  line: number;
  reference: string;
  /** The day the customer answered, 'YYYY-MM-DD'. */
  respondedOn: string;
  agentName: string;
  rating: number;
  comment: string;
  /** The rating on 0–100: (rating − lowest) ÷ (highest − lowest) × 100. */
  satisfaction: number;
}

export interface BadRow {
  line: number;
  reason: string;
}

export type RowsRead = { ok: true; rows: SurveyRow[]; bad: BadRow[] } | { ok: false; message: string };

const PATTERNS: Record<SurveyMapping['dateFormat'], { re: RegExp; order: [number, number, number] }> = {
  // [year, month, day] positions in the match.
  'YYYY-MM-DD': { re: /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/, order: [1, 2, 3] },
  'DD/MM/YYYY': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: .*)?$/, order: [3, 2, 1] },
  'MM/DD/YYYY': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: .*)?$/, order: [3, 1, 2] },
};

/** A date as the mapping says it is written, or why not. */
export function parseSurveyDate(text: string, format: SurveyMapping['dateFormat']): { day: string } | { problem: string } {
  const { re, order } = PATTERNS[format];
  const m = re.exec(text.trim());
  if (!m) return { problem: `the date "${text}" is not written ${format}` };
  const [y, mo, d] = order.map((i) => Number(m[i]));
  const day = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const real = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(real.getTime()) || real.toISOString().slice(0, 10) !== day) return { problem: `the date "${text}" is not a real day (read as ${format})` };
  return { day };
}

/** A rating, with a decimal comma accepted ("4,5"). */
export function parseRating(text: string): number | null {
  const t = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/**
 * The responses of a parsed file under a mapping: every row read or listed
 * with its reason. Missing mapped columns refuse the whole file (nothing can
 * be read right); a reference given twice in the file is bad on each later row.
 */
export function readSurveyRows(table: { line: number; cells: string[] }[], mapping: SurveyMapping): RowsRead {
  const [header, ...body] = table;
  if (!header) return { ok: false, message: 'The file has no header row.' };
  const names = header.cells.map((h) => h.trim().replace(/^\uFEFF/, '').toLocaleLowerCase('en'));
  const wanted = { reference: mapping.reference, date: mapping.date, agent: mapping.agent, rating: mapping.rating, ...(mapping.comment ? { comment: mapping.comment } : {}) };
  const index: Record<string, number> = {};
  const missing: string[] = [];
  for (const [field, column] of Object.entries(wanted)) {
    const i = names.indexOf(column.trim().toLocaleLowerCase('en'));
    if (i < 0) missing.push(`"${column}" (${field})`);
    index[field] = i;
  }
  if (missing.length) {
    return { ok: false, message: `The file has no column ${missing.join(', ')}. Its columns are: ${header.cells.map((h) => `"${h.trim()}"`).join(', ')}.` };
  }
  const rows: SurveyRow[] = [];
  const bad: BadRow[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, cells } of body) {
    const cell = (field: string) => (index[field] === undefined || index[field]! < 0 ? '' : (cells[index[field]!] ?? '').trim());
    const problems: string[] = [];
    const reference = cell('reference');
    if (!reference) problems.push('it has no reference');
    const date = parseSurveyDate(cell('date'), mapping.dateFormat);
    if ('problem' in date) problems.push(date.problem);
    const rating = parseRating(cell('rating'));
    if (rating === null) problems.push(`the rating "${cell('rating')}" is not a number`);
    else if (rating < mapping.ratingMin || rating > mapping.ratingMax) problems.push(`the rating ${rating} is outside ${mapping.ratingMin}–${mapping.ratingMax}`);
    if (reference && firstLine.has(reference)) problems.push(`the reference "${reference}" is also on line ${firstLine.get(reference)}`);
    if (reference && !firstLine.has(reference)) firstLine.set(reference, line);
    if (problems.length || 'problem' in date || rating === null) {
      bad.push({ line, reason: problems.join('; ') });
      continue;
    }
    rows.push({
      line,
      reference,
      respondedOn: date.day,
      agentName: cell('agent'),
      rating,
      comment: cell('comment'),
      satisfaction: ((rating - mapping.ratingMin) / (mapping.ratingMax - mapping.ratingMin)) * 100,
    });
  }
  return { ok: true, rows, bad };
}
