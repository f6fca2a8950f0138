import { useId } from 'react';
import { FormField } from '../../components/FormField';
import { SecretLocationNote } from './SecretLocationNote';

export interface ServerFieldValues {
  url: string;
  /** Typed here only; never read back from the backend. */
  token: string;
  timeoutSeconds: string;
}

interface Props {
  values: ServerFieldValues;
  errors: Partial<Record<keyof ServerFieldValues, string>>;
  onChange: (values: ServerFieldValues) => void;
  /** Adding needs a token; editing keeps the saved one when the field is left empty. */
  tokenRequired: boolean;
  /** Editing: whether a token is already saved. */
  tokenSet?: boolean | null;
}

/** URL, token and timeout of a server target, shared by the add and edit dialogs. */
export function ServerFields({ values, errors, onChange, tokenRequired, tokenSet }: Props) {
  const whereId = useId();
  const set = (changes: Partial<ServerFieldValues>) => onChange({ ...values, ...changes });
  const tokenHint = tokenRequired
    ? 'The bearer token your server’s administrator gave you.'
    : tokenSet
      ? 'A token is saved. Leave this empty to keep it, or paste a new one to replace it.'
      : 'No token is saved for this server yet: paste the one your administrator gave you.';
  return (
    <>
      <FormField label="URL" hint="https://… (plain http:// only to this computer)" error={errors.url}>
        {(field) => (
          <input
            {...field}
            type="url"
            inputMode="url"
            value={values.url}
            onChange={(e) => set({ url: e.target.value })}
            placeholder="https://quality.example.org/callmark/scorecards"
            spellCheck={false}
            autoComplete="off"
          />
        )}
      </FormField>
      <FormField label="Token" hint={tokenHint} error={errors.token}>
        {(field) => (
          <>
            <input
              {...field}
              aria-describedby={[field['aria-describedby'], whereId].filter(Boolean).join(' ')}
              type="password"
              value={values.token}
              onChange={(e) => set({ token: e.target.value })}
              spellCheck={false}
              autoComplete="off"
            />
            <SecretLocationNote id={whereId} />
          </>
        )}
      </FormField>
      <FormField label="Timeout (seconds)" hint="How long one attempt may take before it is retried later." error={errors.timeoutSeconds}>
        {(field) => (
          <input {...field} type="number" min={1} max={120} step={1} value={values.timeoutSeconds} onChange={(e) => set({ timeoutSeconds: e.target.value })} />
        )}
      </FormField>
    </>
  );
}
