import { judge } from '../scoring/answer';
import type { AnswerValue } from '../schemas/scorecard';
import type { TemplateContent } from '../schemas/template';

/**
 * The moments of one completed scorecard revision a coach may play or quote
 * (issue 8): every timestamped note, and the comment on each element that was
 * not fully met. A comment has no time of its own; it takes the time of the
 * first note dropped on the same element, when there is one, so it too is a
 * click away from that moment of the recording.
 */
export interface EvidenceRow {
  /** Stable across revisions: `note:<note id>`, or `comment:<scorecard id>:<element id>`. */
  id: string;
  kind: 'note' | 'comment';
  /** Null: a note about the whole review. */
  elementId: string | null;
  /** The element's answer in this revision, as stored ('met', 'not_met', 'na', a scale value); null when none. */
  answer: string | null;
  /** The element was answered and not fully met. */
  missed: boolean;
  atSeconds: number | null;
  text: string;
}

export interface EvidenceSource {
  scorecardId: string;
  template: TemplateContent;
  answers: readonly { elementId: string; value: AnswerValue | null; comment: string }[];
  notes: readonly { id: string; elementId: string | null; atSeconds: number; text: string }[];
}

export function evidenceOf(source: EvidenceSource): EvidenceRow[] {
  const elements = new Map(source.template.sections.flatMap((s) => s.elements.map((e) => [e.id, e] as const)));
  const answers = new Map(source.answers.map((a) => [a.elementId, a]));
  const missed = (elementId: string | null) => {
    const element = elementId === null ? undefined : elements.get(elementId);
    const answer = elementId === null ? undefined : answers.get(elementId);
    if (!element || !answer) return false;
    const outcome = judge(element, { value: answer.value });
    return outcome.kind === 'scored' && !outcome.fullyMet;
  };
  const valueOf = (elementId: string | null) => {
    const value = elementId === null ? null : (answers.get(elementId)?.value ?? null);
    return value === null ? null : String(value);
  };
  const notes = [...source.notes].sort((a, b) => a.atSeconds - b.atSeconds || a.id.localeCompare(b.id));
  const rows: EvidenceRow[] = notes.map((n) => ({
    id: `note:${n.id}`,
    kind: 'note',
    elementId: n.elementId,
    answer: valueOf(n.elementId),
    missed: missed(n.elementId),
    atSeconds: n.atSeconds,
    text: n.text,
  }));
  for (const element of elements.values()) {
    const answer = answers.get(element.id);
    if (!answer || !answer.comment.trim() || !missed(element.id)) continue;
    rows.push({
      id: `comment:${source.scorecardId}:${element.id}`,
      kind: 'comment',
      elementId: element.id,
      answer: valueOf(element.id),
      missed: true,
      atSeconds: notes.find((n) => n.elementId === element.id)?.atSeconds ?? null,
      text: answer.comment,
    });
  }
  return rows;
}
