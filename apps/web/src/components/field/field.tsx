import type { ReactNode } from 'react';

/** Errors by field id (the id of the input, which is also what the error summary links to). */
export type FieldErrors = Record<string, string | undefined>;

/** A form field's id from the JSON pointer the server names it by: /incidents/0/place → f-incidents-0-place. */
export const fieldId = (pointer: string, prefix = 'f') => `${prefix}${pointer.replace(/\//g, '-')}`;

/** The ids that describe a control: its hint and its error, when there are any. */
export const describedBy = (id: string, hint?: string, error?: string) => [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

/** The hint and the error under a question (GOV.UK: hint first, then the error, both read with the control). */
export function HintAndError({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="error-message">
          {error}
        </p>
      )}
    </>
  );
}

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** The control itself, given the id, the description and the invalid state to put on it. */
  children: (props: ControlProps) => ReactNode;
}

/** A labelled field with its hint and its error beside it (GOV.UK's text input pattern). */
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
      {children({ id, 'aria-describedby': describedBy(id, hint, error), ...(error ? { 'aria-invalid': true as const } : {}) })}
    </div>
  );
}
