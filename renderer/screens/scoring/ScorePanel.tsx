import { formatPercent } from '../../../shared/scoring/format';
import { BandBadge } from '../../components/BandBadge';
import { bandTone } from '../../format/band-tone';
import { formatKeys } from '../../keyboard/describe-key';
import { isMac } from '../../keyboard/platform';
import { isReadOnly, useScoring } from '../../stores/scoring';
import { DiscardDraftButton } from './DiscardDraftButton';
import { SavedIndicator } from './SavedIndicator';
import { ScoreMethod } from './ScoreMethod';
import { SectionScoreLine } from './SectionScoreLine';
import './ScorePanel.css';

/** Always in view while scoring: the live score, what is answered, saving state and Complete. */
export function ScorePanel() {
  const detail = useScoring((s) => s.detail);
  const score = useScoring((s) => s.score);
  const elements = useScoring((s) => s.elements);
  const requestComplete = useScoring((s) => s.requestComplete);
  const completePhase = useScoring((s) => s.completePhase);
  if (!detail || !score) return null;

  const content = detail.template.content;
  const readOnly = isReadOnly(detail);
  const answered = score.sections.reduce((sum, s) => sum + s.answered, 0);
  const nothingYet = answered === 0;
  const failedLabels = score.automaticFailElementIds.map((id) => {
    const ref = elements.find((r) => r.element.id === id);
    return ref ? `${ref.number} ${ref.element.label}` : id;
  });

  const total = elements.length;
  // Rule 7: while anything is unanswered the score covers only what is answered, and must not look final.
  const provisional = score.provisional;
  return (
    <aside className="score-panel" aria-label="Score">
      {!readOnly && <SavedIndicator />}
      <div className={`score-panel__overall${provisional ? ' is-provisional' : ''}`}>
        <p className="score-panel__caption">
          {provisional ? 'Provisional score' : readOnly ? 'Final score' : 'Score'}
          {provisional && !nothingYet && <span className="score-panel__so-far"> — so far, of the answered elements only</span>}
        </p>
        <p className="score-panel__number">{score.overall ? formatPercent(score.overall.rounded) : nothingYet ? '—' : 'N/A'}</p>
        {nothingYet ? (
          <p className="u-muted">No answers yet</p>
        ) : (
          <BandBadge label={score.bandLabel} tone={bandTone(score, content)} size={provisional ? 'small' : 'large'} />
        )}
        <p className="score-panel__answered">
          <span className="u-visually-hidden">Answered: </span>
          {answered} / {total} answered
        </p>
        <p className="u-muted score-panel__target">Target {content.target} %</p>
      </div>
      {score.automaticFail && (
        <div role="alert" className="score-panel__auto-fail">
          <strong>Automatic fail</strong>
          <span>Critical element not met: {failedLabels.join('; ')}</span>
        </div>
      )}
      <h2 className="score-panel__sections-title">Sections</h2>
      <ol className="score-panel__sections">
        {content.sections.map((section) => (
          <SectionScoreLine key={section.id} section={section} content={content} score={score.sections.find((s) => s.sectionId === section.id)} />
        ))}
      </ol>
      <ScoreMethod content={content} />
      {!readOnly && (
        <button type="button" className="button button--primary button--block" onClick={requestComplete} disabled={completePhase !== 'idle'}>
          {completePhase === 'completing' ? 'Completing…' : 'Complete review'}
          <kbd className="score-panel__complete-key" aria-hidden="true">
            {formatKeys('Mod+Enter', isMac())}
          </kbd>
        </button>
      )}
      {!readOnly && <DiscardDraftButton scorecard={detail.scorecard} />}
    </aside>
  );
}
