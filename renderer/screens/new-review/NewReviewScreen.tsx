import { useEffect } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ScreenHeading } from '../../components/ScreenHeading';
import { formatHash } from '../../router/route';
import { useAgents } from '../../stores/agents';
import { useTemplates } from '../../stores/templates';
import { NewReviewForm } from './NewReviewForm';

export function NewReviewScreen() {
  const agents = useAgents((s) => s.agents);
  const agentsLoaded = useAgents((s) => s.loaded);
  const loadAgents = useAgents((s) => s.load);
  const templates = useTemplates((s) => s.summaries);
  const templatesLoaded = useTemplates((s) => s.loaded);
  const loadTemplates = useTemplates((s) => s.load);
  const agentsError = useAgents((s) => s.loadError);
  const templatesError = useTemplates((s) => s.loadError);

  useEffect(() => {
    void loadAgents();
    void loadTemplates();
  }, [loadAgents, loadTemplates]);

  const activeAgents = agents.filter((a) => a.active);
  const ready = agentsLoaded && templatesLoaded;

  return (
    <div className="screen screen--narrow">
      <ScreenHeading>New review</ScreenHeading>
      <ErrorNotice message={agentsError ?? templatesError} />
      {!ready ? (
        <p role="status">Loading…</p>
      ) : activeAgents.length === 0 ? (
        <p className="empty">
          There are no active agents to review yet. <a href={formatHash({ name: 'agents' })}>Add an agent</a> first.
        </p>
      ) : (
        <NewReviewForm agents={activeAgents} templates={templates} />
      )}
    </div>
  );
}
