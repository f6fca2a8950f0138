import type { EvidenceMoment } from '../../../shared/api/coaching';
import { clockWords, dayWords } from '../../../shared/coaching/words';

/** A percentage as shown everywhere: one decimal, or a dash with nothing to show. */
export const percent = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(Math.round(v * 10) / 10).toFixed(1)} %`);

/** "1.1 Greeting", or "Whole review". */
export const elementWords = (m: Pick<EvidenceMoment, 'elementNumber' | 'elementLabel'>) => (m.elementNumber ? `${m.elementNumber} ${m.elementLabel}` : m.elementLabel);

/** Where a moment comes from: the call's reference and day, and who scored it. */
export const momentSource = (m: Pick<EvidenceMoment, 'reference' | 'day' | 'reviewerName'>) =>
  [m.reference || 'No reference', dayWords(m.day), `scored by ${m.reviewerName}`].join(' · ');

export const momentTime = (m: Pick<EvidenceMoment, 'atSeconds'>) => (m.atSeconds === null ? 'No time' : clockWords(m.atSeconds));
