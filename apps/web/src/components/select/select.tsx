import { Field } from '../field/field';

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  options: Array<{ code: string; label: string }>;
  /** The first, empty choice ("Choose…", "Not known"); none when every value is an answer. */
  placeholder?: string;
}

/** A choice from a long list (GOV.UK select: only where radios would be too many). */
export function Select({ id, label, hint, error, value, onChange, options, placeholder }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(props) => (
        <select {...props} value={value} onChange={(e) => onChange(e.target.value)}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
