import { useId, useState, type FormEvent } from 'react';
import { Channel, channelLabels } from '../../../shared/schemas/interaction';
import type { Agent } from '../../../shared/schemas/people';
import type { TemplateSummary } from '../../../shared/schemas/template';
import { errorMessage } from '../../api/errors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { isolate } from '../../format/bidi';
import { toLocalInputValue } from '../../format/dates';
import { navigate } from '../../router/router';
import { FormField } from '../../components/FormField';
import { useReviews } from '../../stores/reviews';
import { sameNameAs } from '../../../shared/people/names';
import { toCreateInput, type NewReviewDraft } from './new-review-input';

interface Props {
  agents: Agent[];
  templates: TemplateSummary[];
}

export function NewReviewForm({ agents, templates }: Props) {
  const preferred = templates.find((t) => t.builtIn) ?? templates[0];
  const [draft, setDraft] = useState<NewReviewDraft>(() => ({
    agentId: agents.length === 1 ? (agents[0]?.id ?? '') : '',
    templateVersionId: preferred?.latestVersionId ?? '',
    channel: 'phone',
    occurredAtLocal: toLocalInputValue(new Date()),
    reference: '',
    customerName: '',
    duration: '',
  }));
  const createReview = useReviews((s) => s.create);
  const [errors, setErrors] = useState<Partial<Record<keyof NewReviewDraft, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const channelGroup = useId();

  const change = (field: keyof NewReviewDraft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const chosen = agents.find((a) => a.id === draft.agentId);
  // Two agents of the same name are easy to mix up: say so, with the team that tells them apart.
  const namesake = chosen ? sameNameAs(chosen.name, agents, chosen.id) : null;
  const namesakeWarning =
    chosen && namesake
      ? `Another agent is also called ${chosen.name}${namesake.team ? ` (${namesake.team})` : ''}: check this is the right one${chosen.team ? `, of ${chosen.team}` : ''}.`
      : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = toCreateInput(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      navigate({ name: 'review', id: await createReview(checked.input) });
    } catch (e) {
      setFailure(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <form className="form panel" onSubmit={submit} noValidate>
      <FormField label="Agent" error={errors.agentId} hint={namesakeWarning}>
        {(props) => (
          <select {...props} value={draft.agentId} onChange={(e) => change('agentId')(e.target.value)} autoFocus>
            <option value="">Choose an agent…</option>
            {agents.map((agent) => (
              <option key={agent.id} value={agent.id}>
                {isolate(agent.name)}
                {agent.team ? ` — ${isolate(agent.team)}` : ''}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="Scorecard" error={errors.templateVersionId}>
        {(props) => (
          <select {...props} value={draft.templateVersionId} onChange={(e) => change('templateVersionId')(e.target.value)}>
            {templates.map((t) => (
              <option key={t.latestVersionId} value={t.latestVersionId}>
                {t.name} (version {t.latestVersion})
              </option>
            ))}
          </select>
        )}
      </FormField>
      <fieldset className="field">
        <legend>Channel</legend>
        <div className="choice-row">
          {Channel.options.map((channel) => (
            <label key={channel} className="choice">
              <input
                type="radio"
                name={channelGroup}
                value={channel}
                checked={draft.channel === channel}
                onChange={() => setDraft((d) => ({ ...d, channel }))}
              />
              {channelLabels[channel]}
            </label>
          ))}
        </div>
      </fieldset>
      <FormField label="Date and time of the interaction" error={errors.occurredAtLocal}>
        {(props) => <input {...props} type="datetime-local" value={draft.occurredAtLocal} onChange={(e) => change('occurredAtLocal')(e.target.value)} />}
      </FormField>
      <FormField label="Reference" hint="Call or case number, optional." error={errors.reference}>
        {(props) => <input {...props} type="text" value={draft.reference} onChange={(e) => change('reference')(e.target.value)} />}
      </FormField>
      <FormField
        label="Customer name (personal data, optional)"
        hint="Only if you need it: it is personal data and kept under the retention rules."
        error={errors.customerName}
      >
        {(props) => <input {...props} type="text" value={draft.customerName} autoComplete="off" onChange={(e) => change('customerName')(e.target.value)} />}
      </FormField>
      <FormField label="Duration (optional)" hint="Minutes, or m:ss, e.g. 7:30." error={errors.duration}>
        {(props) => <input {...props} type="text" inputMode="numeric" value={draft.duration} onChange={(e) => change('duration')(e.target.value)} />}
      </FormField>
      <ErrorNotice message={failure} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Start scoring
        </button>
      </div>
    </form>
  );
}
