import { Fieldset } from '../fieldset/fieldset';

export interface CheckboxOption {
  code: string;
  label: string;
}

export interface CheckboxGroup {
  /** A stable key for the group (e.g. a taxonomy group's code). */
  key: string;
  legend: string;
  options: CheckboxOption[];
}

type Props = {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  chosen: string[];
  onChange: (next: string[]) => void;
} & ({ options: CheckboxOption[]; groups?: never } | { groups: CheckboxGroup[]; options?: never });

function Boxes({ options, chosen, onChange, name }: { options: CheckboxOption[]; chosen: string[]; onChange: (next: string[]) => void; name: string }) {
  return (
    <div className="choice-columns">
      {options.map((o) => (
        <label key={o.code} className="choice">
          <input
            type="checkbox"
            name={name}
            value={o.code}
            checked={chosen.includes(o.code)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, o.code] : chosen.filter((c) => c !== o.code))}
          />{' '}
          {o.label}
        </label>
      ))}
    </div>
  );
}

/**
 * Any number of answers (GOV.UK checkboxes), in two columns on wider screens.
 * With `groups`, each group is a fieldset of its own with its legend inside
 * the question's fieldset, so a long list reads as a few short ones.
 */
export function Checkboxes({ id, legend, hint, error, chosen, onChange, options, groups }: Props) {
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error}>
      {groups
        ? groups.map((g) => (
            <Fieldset key={g.key} id={`${id}-${g.key}`} legend={g.legend} nested>
              <Boxes options={g.options} chosen={chosen} onChange={onChange} name={id} />
            </Fieldset>
          ))
        : <Boxes options={options} chosen={chosen} onChange={onChange} name={id} />}
    </Fieldset>
  );
}
