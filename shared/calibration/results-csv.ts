import { csvCell, type CsvValue } from '../export/csv/cell';
import type { AgreementView, CalibrationResults, OpenedView, SessionFacts } from './views';
import type { z } from 'zod';

const line = (cells: readonly CsvValue[]) => cells.map(csvCell).join(',');
const figure = (a: z.infer<typeof AgreementView> | null) => (a?.value === null || a === null ? null : Number(a.value.toFixed(4)));

/**
 * The results as CSV for a spreadsheet, in three blocks a blank line apart:
 * the participants (score, deviations, ±5 verdicts), the spread, and the
 * elements worst agreement first (figures, each participant's answer and
 * comment, the outcome). Cells are made safe as every Callmark CSV is
 * (shared/export/csv/cell.ts); a figure the data cannot give is left empty.
 */
export function resultsCsv(facts: SessionFacts, opened: OpenedView, results: CalibrationResults): string {
  const people = results.participants;
  const lines = [
    line(['Calibration session', facts.title]),
    line(['Agent', facts.interaction.agent.name, 'Reference', facts.interaction.reference, 'Call at', facts.interaction.occurredAt]),
    line(['Template', facts.template.name, 'Version', facts.template.version]),
    line(['Opened', opened.at, opened.by === 'reveal' ? 'revealed by the organiser' : 'everyone submitted']),
    '',
    line(['Participant', 'Reviewer', 'Reference scorer', 'Late', 'Score', 'Band', 'Points from reference', 'Within ±5 of reference', 'Points from median', 'Within ±5 of median']),
    ...people.map((p) =>
      line([p.name, p.reviewerName, p.reference, p.late, p.score, p.bandLabel, p.fromReference?.points, p.fromReference?.within, p.fromMedian?.points, p.fromMedian?.within]),
    ),
    '',
    line(['Counted', 'Lowest', 'Highest', 'Median', 'Mean', 'Standard deviation']),
    line([results.spread.n, results.spread.min, results.spread.max, results.spread.median, results.spread.mean, results.spread.sd]),
    '',
    line([
      'Element',
      'Section',
      'Label',
      'Percent agreement',
      "Fleiss' kappa",
      "Gwet's AC1",
      "Krippendorff's alpha (nominal)",
      "Krippendorff's alpha (ordinal)",
      "Krippendorff's alpha (interval)",
      ...people.map((p) => `${p.name}: answer`),
      ...people.map((p) => `${p.name}: comment`),
      'Agreed answer',
      'Outcome',
      'Proposed guidance',
    ]),
    ...results.elements.map((e) => {
      const byKey = new Map(e.answers.map((a) => [a.participantKey, a]));
      const agreed = e.outcome?.agreedAnswer ?? null;
      return line([
        e.number,
        e.sectionTitle,
        e.label,
        figure(e.agreement.percent),
        figure(e.agreement.fleissKappa),
        figure(e.agreement.gwetAc1),
        figure(e.agreement.alphaNominal),
        figure(e.agreement.alphaOrdinal),
        figure(e.agreement.alphaInterval),
        ...people.map((p) => byKey.get(p.key)?.label),
        ...people.map((p) => byKey.get(p.key)?.comment),
        agreed === null ? null : (e.distribution.find((d) => d.value === agreed)?.label ?? String(agreed)),
        e.outcome?.note,
        e.outcome?.guidance,
      ]);
    }),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
