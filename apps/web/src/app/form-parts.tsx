import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Errors by field id (the id of the input, which is also what the summary links to). */
export type FieldErrors = Record<string, string | undefined>;

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}

/** A form field's id from the JSON pointer the server names it by: /incidents/0/place → f-incidents-0-place. */
export const fieldId = (pointer: string, prefix = 'f') => `${prefix}${pointer.replace(/\//g, '-')}`;

/** The hint and the error under a question, and the ids that describe the control by them. */
function HintAndError({ id, hint, error }: { id: string; hint?: string; error?: string }) {
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
const describedBy = (id: string, hint?: string, error?: string) => [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

/** A labelled field with its hint and its error beside it (GOV.UK pattern). */
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
      {children({ id, 'aria-describedby': describedBy(id, hint, error), ...(error ? { 'aria-invalid': true as const } : {}) })}
    </div>
  );
}

/** A group of radios or checkboxes with a legend. */
export function Choices({ id, legend, hint, error, children }: { id: string; legend: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <fieldset className={`field${error ? ' field-error' : ''}`} id={id} aria-describedby={describedBy(id, hint, error)}>
      <legend>{legend}</legend>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </fieldset>
  );
}

/** Checkboxes for a set of codes, in two columns on wider screens. */
export function Checkboxes({ id, legend, hint, options, chosen, onChange }: { id: string; legend: string; hint?: string; options: Array<{ code: string; label: string }>; chosen: string[]; onChange: (next: string[]) => void }) {
  return (
    <Choices id={id} legend={legend} hint={hint}>
      <div className="choice-columns">
        {options.map((o) => (
          <label key={o.code} className="choice">
            <input type="checkbox" checked={chosen.includes(o.code)} onChange={(e) => onChange(e.target.checked ? [...chosen, o.code] : chosen.filter((c) => c !== o.code))} /> {o.label}
          </label>
        ))}
      </div>
    </Choices>
  );
}

/** The error summary at the top of a form: focused when it appears, each error linking to its field. */
export function ErrorSummary({ errors }: { errors: FieldErrors }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1]));
  // Each message with the question it is about (the field's label or legend), read from the page.
  const [labels, setLabels] = useState<Record<string, string>>({});
  const key = entries.map(([id]) => id).join(',');
  useLayoutEffect(() => {
    const found: Record<string, string> = {};
    for (const [id] of entries) {
      const field = document.getElementById(id);
      const text = document.querySelector(`label[for="${CSS.escape(id)}"]`)?.textContent ?? (field?.tagName === 'FIELDSET' ? field.querySelector('legend')?.textContent : null);
      if (text) found[id] = text;
    }
    setLabels(found);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  useEffect(() => {
    if (entries.length) ref.current?.focus();
  }, [entries.length]);
  if (!entries.length) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('common.errorSummary')}</h2>
      <ul>
        {entries.map(([id, message]) => (
          <li key={id}>
            <a
              href={`#${id}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(id)?.focus();
              }}
            >
              {labels[id] ? `${labels[id]}: ${message}` : message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
