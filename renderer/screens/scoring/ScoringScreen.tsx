import { useEffect } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ElementNotes } from './ElementNotes';
import { PlayerPanel } from '../../player/PlayerPanel';
import { useRecordingDrop } from '../../player/use-recording-drop';
import { isReadOnly, useScoring } from '../../stores/scoring';
import { CompleteDialog } from './CompleteDialog';
import { CompletedBanner } from './CompletedBanner';
import { FocusDriver } from './FocusDriver';
import { HistoryPanel } from './HistoryPanel';
import { MissingList } from './MissingList';
import { ReviewSummary } from './ReviewSummary';
import { RevisionBanner } from './RevisionBanner';
import { ScoreAnnouncer } from './ScoreAnnouncer';
import { ScorePanel } from './ScorePanel';
import { SectionView } from './SectionView';
import { useScoringShortcuts } from './use-scoring-shortcuts';
import './ScoringScreen.css';

/** Scoring one interaction: the checklist on the left; the recording, notes and live score beside it. */
export function ScoringScreen({ id }: { id: string }) {
  const load = useScoring((s) => s.load);
  const close = useScoring((s) => s.close);
  const detail = useScoring((s) => s.detail);
  const elements = useScoring((s) => s.elements);
  const loadError = useScoring((s) => s.loadError);
  const hint = useScoring((s) => s.hint);
  const completeError = useScoring((s) => s.completeError);

  useEffect(() => {
    void load(id);
    // Leaving the screen sends any comment still waiting in its debounce.
    return () => close();
  }, [id, load, close]);
  useScoringShortcuts();
  const drop = useRecordingDrop();

  if (loadError) return <ErrorNotice message={`This review could not be opened: ${loadError}`} />;
  if (!detail) return <p role="status">Opening review…</p>;

  const readOnly = isReadOnly(detail);
  const content = detail.template.content;

  return (
    // The side (player, notes, score) comes before the checklist in the page, so Tab reaches the player's controls
    // first, as they sit at the top; the grid puts it beside the checklist, in view while the checklist scrolls.
    <div className={`scoring-screen${drop.over ? ' is-dropping' : ''}`} {...drop.handlers}>
      <header className="scoring-screen__header">
        <div className="scoring-screen__title">
          <h1 className="screen__heading">
            <bdi>{detail.agent.name}</bdi>
          </h1>
          <span className="scoring-screen__status">{readOnly ? 'Completed' : 'Draft'}</span>
        </div>
        <ReviewSummary detail={detail} />
        {/* Each banner mounts afresh when the status flips, so the Revise dialog that opened this draft does not reappear at its completion. */}
        {readOnly ? <CompletedBanner scorecard={detail.scorecard} /> : <RevisionBanner scorecard={detail.scorecard} />}
        <HistoryPanel detail={detail} />
        {!readOnly && (
          <p className="scoring-screen__keys">
            <kbd>↑</kbd>/<kbd>↓</kbd> move · <kbd>M</kbd> met · <kbd>N</kbd> not met · <kbd>A</kbd> N/A, then <kbd>C</kbd> comment · <kbd>T</kbd> note on
            it · <kbd>Space</kbd> play · <kbd>?</kbd> all keys
          </p>
        )}
      </header>
      <div className="scoring-screen__side">
        <PlayerPanel scorecardId={detail.scorecard.id} readOnly={readOnly} version={`${detail.scorecard.status}:${detail.scorecard.revision}`} />
        <ScorePanel />
        <ScoreAnnouncer />
      </div>
      <div className="scoring-screen__checklist">
        <p role="status" aria-live="polite" className="scoring-screen__hint">
          {hint}
        </p>
        <ErrorNotice message={completeError} />
        <MissingList />
        <ElementNotes elementId={null} label="Notes on the whole review" />
        {content.sections.map((section, i) => (
          <SectionView key={section.id} section={section} sectionNumber={i + 1} refs={elements.filter((r) => r.sectionIndex === i)} readOnly={readOnly} />
        ))}
      </div>
      <CompleteDialog />
      <FocusDriver />
    </div>
  );
}
