import { useState, type FormEvent } from 'react';
import type { SessionOptions } from '../../../../shared/api/calibration';
import type { TemplateSummary } from '../../../../shared/schemas/template';
import { errorMessage } from '../../../api/errors';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { FormField } from '../../../components/FormField';
import { formatDateTime, fromLocalInputValue } from '../../../format/dates';
import { navigate } from '../../../router/router';
import { useCalibrationSessions } from '../../../stores/calibration-sessions';
import { ParticipantsField, type ChosenParticipant } from './ParticipantsField';

interface Props {
  options: SessionOptions;
  templates: TemplateSummary[];
}

export function NewSessionForm({ options, templates }: Props) {
  const publish = useCalibrationSessions((s) => s.publish);
  const first = options.calls[0]!;
  const me = options.reviewers.find((r) => r.me);
  const [title, setTitle] = useState('');
  const [scorecardId, setScorecardId] = useState(first.scorecardId);
  const [templateVersionId, setTemplateVersionId] = useState(first.templateVersionId);
  const [participants, setParticipants] = useState<ChosenParticipant[]>(me ? [{ name: me.name, reviewerId: me.id }] : []);
  const [reference, setReference] = useState('');
  const [due, setDue] = useState('');
  const [shareRecording, setShareRecording] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const call = options.calls.find((c) => c.scorecardId === scorecardId) ?? first;
  const versions = templates.some((t) => t.latestVersionId === call.templateVersionId)
    ? templates.map((t) => ({ id: t.latestVersionId, label: `${t.name} (version ${t.latestVersion})` }))
    : [{ id: call.templateVersionId, label: 'The version this call was reviewed with' }, ...templates.map((t) => ({ id: t.latestVersionId, label: `${t.name} (version ${t.latestVersion})` }))];
  const dueAt = due ? fromLocalInputValue(due) : null;

  const chooseCall = (id: string) => {
    const next = options.calls.find((c) => c.scorecardId === id);
    setScorecardId(id);
    if (next) setTemplateVersionId(next.templateVersionId);
    if (!next?.recordingFileName) setShareRecording(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (due && !dueAt) return setFailure('Due date: choose a date and time, or leave it empty.');
    setBusy(true);
    setFailure(null);
    try {
      const referenceIndex = reference === '' ? null : participants.findIndex((p) => p.name === reference);
      const sessionId = await publish({ title, scorecardId, templateVersionId, participants, referenceIndex, dueAt, shareRecording });
      navigate({ name: 'calibration', at: { page: 'session', id: sessionId } });
    } catch (error) {
      setFailure(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <form className="form panel" onSubmit={submit} noValidate aria-label="New calibration session">
      <FormField label="Title" hint="What participants see in their list, e.g. “November: billing complaint call”.">
        {(props) => <input {...props} type="text" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} autoFocus />}
      </FormField>
      <FormField label="Call" hint="One of your reviews: its call and recording are what everyone scores.">
        {(props) => (
          <select {...props} value={scorecardId} onChange={(e) => chooseCall(e.target.value)}>
            {options.calls.map((c) => (
              <option key={c.scorecardId} value={c.scorecardId}>
                {c.agentName} — {formatDateTime(c.occurredAt)}
                {c.reference ? ` — ${c.reference}` : ''}
                {c.recordingFileName ? ` — ${c.recordingFileName}` : ' — no recording'}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="Scorecard version">
        {(props) => (
          <select {...props} value={templateVersionId} onChange={(e) => setTemplateVersionId(e.target.value)}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <ParticipantsField known={options.reviewers} chosen={participants} onChange={setParticipants} />
      <FormField label="Reference scorer (optional)" hint="The expert whose score the others are compared with; without one, each is compared with the group’s median.">
        {(props) => (
          <select {...props} value={reference} onChange={(e) => setReference(e.target.value)}>
            <option value="">No reference scorer</option>
            {participants.map((p) => (
              <option key={p.name} value={p.name}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="Due (optional)" hint="After it, anyone who has not submitted is shown as overdue; you can reveal whenever you choose.">
        {(props) => <input {...props} type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} />}
      </FormField>
      <div className="field">
        <label className="choice">
          <input type="checkbox" checked={shareRecording} disabled={!call.recordingFileName} onChange={(e) => setShareRecording(e.target.checked)} />
          Copy the recording into the shared folder
        </label>
        <p className="field__hint">
          {!call.recordingFileName
            ? 'This call has no recording.'
            : options.shares.length
              ? `Copied into ${options.shares.join(', ')} and checked there, so participants need no copy of their own. Otherwise each links their own copy, which must be the same recording. A recording is personal data: share it only where your rules allow.`
              : 'No shared folder is set up: add one under Sync to copy the recording. Otherwise each participant links their own copy, which must be the same recording.'}
        </p>
      </div>
      <ErrorNotice message={failure} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Publishing…' : 'Publish session'}
        </button>
      </div>
    </form>
  );
}
