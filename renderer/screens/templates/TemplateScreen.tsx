import { useEffect, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ScreenHeading } from '../../components/ScreenHeading';
import { formatHash } from '../../router/route';
import { useGuidanceProposals } from '../../stores/guidance-proposals';
import { useTemplateDraft } from '../../stores/templates-draft';
import { useTemplatePublish } from '../../stores/templates-publish';
import { useTemplateVersions } from '../../stores/templates-versions';
import { Builder } from './builder/Builder';
import { PublishPanel } from './publish/PublishPanel';
import { statusWords } from './status-words';
import { TemplateActions } from './TemplateActions';
import { VersionsPanel } from './versions/VersionsPanel';
import './TemplateScreen.css';

/** One template: its draft in the builder (with publishing), or its published versions; always its history. */
export function TemplateScreen({ id }: { id: string }) {
  const detail = useTemplateDraft((s) => s.detail);
  const hasDraft = useTemplateDraft((s) => s.template !== null);
  const loadError = useTemplateDraft((s) => s.loadError);
  const notice = useTemplateDraft((s) => s.notice);
  const publishing = useTemplatePublish((s) => s.phase !== 'closed');
  const [actionError, setActionError] = useState<string | null>(null);

  useEffect(() => {
    void useTemplateDraft.getState().load(id);
    void useGuidanceProposals.getState().load(id);
    return () => {
      useTemplateDraft.getState().close();
      useTemplatePublish.getState().close();
      useTemplateVersions.getState().reset();
    };
  }, [id]);

  if (!detail) {
    return (
      <div className="screen">
        <ScreenHeading>Template</ScreenHeading>
        {loadError ? <ErrorNotice message={loadError} /> : <p role="status">Loading the template…</p>}
        <p>
          <a href={formatHash({ name: 'templates' })}>All templates</a>
        </p>
      </div>
    );
  }
  const { status, versions } = detail;
  return (
    <div className="screen template-screen">
      <p className="template-screen__back">
        <a href={formatHash({ name: 'templates' })}>All templates</a>
      </p>
      <ScreenHeading>{status.name}</ScreenHeading>
      <p className="template-screen__state">{statusWords(status)}</p>
      <TemplateActions onError={setActionError} />
      <ErrorNotice message={actionError} />
      {!hasDraft && notice && (
        <p role="status" className="status-line">
          {notice}
        </p>
      )}
      {hasDraft && publishing && <PublishPanel />}
      {hasDraft && <Builder templateId={id} />}
      {versions.length > 0 && <VersionsPanel />}
    </div>
  );
}
