import { useEffect } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ScreenHeading } from '../../components/ScreenHeading';
import { formatHash } from '../../router/route';
import { useTeamScorecard } from '../../stores/team-scorecard';
import { ImportedAnswers } from './ImportedAnswers';
import { ImportedFacts } from './ImportedFacts';
import { ImportedNotes } from './ImportedNotes';
import { RevisionList } from './RevisionList';
import './TeamScorecardScreen.css';

/**
 * A colleague's scorecard in full, read-only: every answer and comment, the
 * notes, the score, who completed it and where it came from, and each
 * revision this install imported. It belongs to its author; a change is their
 * next revision.
 */
export function TeamScorecardScreen({ id, revision }: { id: string; revision: number | null }) {
  const load = useTeamScorecard((s) => s.load);
  const loadedId = useTeamScorecard((s) => s.scorecardId);
  const revisions = useTeamScorecard((s) => s.revisions);
  const latest = useTeamScorecard((s) => s.latest);
  const error = useTeamScorecard((s) => s.error);

  useEffect(() => {
    if (loadedId !== id || latest === null) void load(id);
  }, [id, load, loadedId, latest]);

  const shown = revisions[revision ?? latest ?? 0];
  return (
    <div className="screen team-scorecard">
      <p className="team-scorecard__back">
        <a href={formatHash({ name: 'team' })}>← Team</a>
      </p>
      {shown ? (
        <>
          <ScreenHeading>
            {shown.document.agent.name} · scored by {shown.document.reviewer.name}
          </ScreenHeading>
          <p className="screen__lead">A colleague’s scorecard, imported from a shared folder. Read-only: it changes only by its author’s next revision.</p>
          <RevisionList id={id} shown={shown.item.revision} />
          <ImportedFacts revision={shown} />
          <ImportedAnswers document={shown.document} />
          <ImportedNotes document={shown.document} />
        </>
      ) : (
        <>
          <ScreenHeading>Team scorecard</ScreenHeading>
          {!error && <p role="status">{revision !== null && latest !== null ? `Revision ${revision} of this scorecard was not imported.` : 'Opening the scorecard…'}</p>}
        </>
      )}
      <ErrorNotice message={error} />
    </div>
  );
}
