import type { ReactNode } from 'react';
import { useTemplateDraft } from '../../../stores/templates-draft';
import { errorFor, fieldDomId } from './field-ids';

export interface TemplateControlProps {
  id: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

interface Props {
  label: string;
  /** The field's path as validation names it: its problem is shown here, and the problems list focuses it. */
  field: string;
  hint?: string;
  children: (props: TemplateControlProps) => ReactNode;
}

/**
 * One field of the builder with its problem under it. The id comes from the
 * field's path so "go to the problem" can focus it; the problem is read with
 * the field (aria-describedby), not announced at every key press.
 */
export function TemplateField({ label, field, hint, children }: Props) {
  const error = useTemplateDraft((s) => errorFor(s.errors, field));
  const id = fieldDomId(field);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

interface RadioProps<T extends string> {
  legend: string;
  field: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}

/** Radio buttons as one field with its problem; the checked one carries the field's id, so focus goes to it. */
export function RadioField<T extends string>({ legend, field, options, value, onChange }: RadioProps<T>) {
  const error = useTemplateDraft((s) => errorFor(s.errors, field));
  const id = fieldDomId(field);
  return (
    <fieldset className="field" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <div className="choice-row">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={id}
              id={option.value === value ? id : undefined}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
