import { describeTrendBreak } from '../../../../shared/templates/version-trends';
import { useTemplateDraft } from '../../../stores/templates-draft';
import { useTemplateVersions } from '../../../stores/templates-versions';

/**
 * How a version continues the one before, as a report shows it at the
 * change: which trends run on (with what to know), and for each that cannot,
 * "the trend … breaks here because …".
 */
export function ContinuityView() {
  const view = useTemplateVersions((s) => s.continuity);
  const versionId = useTemplateVersions((s) => s.continuityOf);
  const version = useTemplateDraft((s) => s.detail?.versions.find((v) => v.id === versionId)?.version);
  if (!view) return null;
  const lines = [
    { subject: 'the overall score', ...view.overall },
    ...view.sections.map((s) => ({ subject: `section "${s.title}"`, ...s })),
    ...view.elements.map((e) => ({ subject: `"${e.label}"`, ...e })),
  ];
  return (
    <div role="status" className="continuity-view">
      <h3>Trends across version {version}</h3>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>
            {describeTrendBreak(line.subject, line) ?? `The trend of ${line.subject} continues.`}
            {line.notes.length > 0 && <span className="u-muted"> ({line.notes.join('; ')})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
