import type { SectionScore } from '../../../shared/schemas/scorecard';
import type { TemplateContent, TemplateSection } from '../../../shared/schemas/template';
import { formatPercent } from '../../../shared/scoring/format';
import './SectionScoreLine.css';

interface Props {
  section: TemplateSection;
  score: SectionScore | undefined;
  content: TemplateContent;
}

/** A section's percentage; a section with nothing applicable shows its band, never a zero (the seed's "not penalised" rule). */
export function SectionScoreLine({ section, score, content }: Props) {
  const bandLabel = content.bands.find((b) => b.id === score?.bandId)?.label ?? '';
  let value: string;
  if (!score || (score.percentage === null && score.answered === 0)) value = '—';
  else if (score.percentage === null) value = `N/A — ${bandLabel}`;
  else value = formatPercent(score.percentage.rounded);
  return (
    <li className="section-score-line">
      <span className="section-score-line__title" title={section.title}>
        {section.title}
      </span>
      <span className="section-score-line__value">
        {value}
        {score?.criticalFailElementId && <span className="danger-tag"> Critical element not met</span>}
      </span>
      <span className="section-score-line__count">
        {score ? `${score.answered} / ${score.total}` : ''}
      </span>
    </li>
  );
}
