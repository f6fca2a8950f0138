import type { ScorecardExport } from '../../../shared/export';
import { answerLabel } from '../../../shared/scoring/answer';
import { formatPercent } from '../../../shared/scoring/format';
import './ImportedAnswers.css';

/** Every element as the colleague answered it, section by section, with their comments. */
export function ImportedAnswers({ document: doc }: { document: ScorecardExport }) {
  const answers = new Map(doc.answers.map((a) => [a.elementId, a]));
  const sectionScores = new Map(doc.score.sections.map((s) => [s.sectionId, s]));
  return (
    <section aria-labelledby="imported-answers">
      <h2 id="imported-answers">Answers</h2>
      {doc.template.content.sections.map((section, si) => (
        <section key={section.id} className="panel imported-answers__section" aria-labelledby={`imported-section-${section.id}`}>
          <h3 id={`imported-section-${section.id}`} className="imported-answers__title">
            <span>
              {si + 1}. {section.title}
            </span>
            <span className="imported-answers__percent">{formatPercent(sectionScores.get(section.id)?.percentage?.rounded)}</span>
          </h3>
          <ol className="imported-answers__list">
            {section.elements.map((element, ei) => {
              const answer = answers.get(element.id);
              return (
                <li key={element.id} className="imported-answers__item">
                  <span className="imported-answers__number">
                    {si + 1}.{ei + 1}
                  </span>
                  <span className="imported-answers__label">{element.label}</span>
                  <strong className="imported-answers__value">{answer ? answerLabel(element, answer.value) : 'No answer'}</strong>
                  {answer?.comment && <p className="imported-answers__comment">“{answer.comment}”</p>}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </section>
  );
}
