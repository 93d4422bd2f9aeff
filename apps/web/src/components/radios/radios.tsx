import { Fieldset } from '../fieldset/fieldset';

export interface RadioOption<T extends string | number | boolean | null> {
  value: T;
  label: string;
  hint?: string;
}

interface Props<T extends string | number | boolean | null> {
  /** The fieldset's id (what the error summary links to); the radios are named by it. */
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  options: Array<RadioOption<T>>;
  value: T | undefined;
  onChange: (value: T) => void;
}

/** One answer out of a few (GOV.UK radios): a fieldset, its legend, one radio per answer. */
export function Radios<T extends string | number | boolean | null>({ id, legend, hint, error, options, value, onChange }: Props<T>) {
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error}>
      {options.map((o) => (
        <label key={String(o.value)} className="choice">
          <input type="radio" name={id} value={String(o.value)} checked={value === o.value} onChange={() => onChange(o.value)} />{' '}
          <span>
            {o.label}
            {o.hint && <span className="hint choice-hint">{o.hint}</span>}
          </span>
        </label>
      ))}
    </Fieldset>
  );
}
