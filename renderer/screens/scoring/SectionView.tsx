import type { TemplateSection } from '../../../shared/schemas/template';
import type { ElementRef } from '../../model/scoring/elements';
import { ElementRow } from './ElementRow';
import './SectionView.css';

interface Props {
  section: TemplateSection;
  sectionNumber: number;
  refs: ElementRef[];
  readOnly: boolean;
}

/** A section's guidance is long prose: folded by default so the checklist stays in view. */
export function SectionView({ section, sectionNumber, refs, readOnly }: Props) {
  const headingId = `section-${section.id}`;
  return (
    <section className="section-view" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-view__title">
        <span className="section-view__number">{sectionNumber}</span> {section.title}
      </h2>
      {section.guidance && (
        <details className="section-view__guidance">
          <summary>Guidance for {section.title}</summary>
          <div className="section-view__guidance-text">
            {section.guidance.split(/\n{2,}/).map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </div>
        </details>
      )}
      <ol className="section-view__elements">
        {refs.map((ref) => (
          <ElementRow key={ref.element.id} refItem={ref} readOnly={readOnly} />
        ))}
      </ol>
    </section>
  );
}
