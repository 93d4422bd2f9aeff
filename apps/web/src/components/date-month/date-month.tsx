import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonthName } from '../../lib/format';
import { Fieldset } from '../fieldset/fieldset';

interface Props {
  /** The fieldset's id; the month is `${id}-month` unless named, the year `${id}-year`. */
  id: string;
  legend: string;
  hint?: string;
  /** Errors of the month and the year (by their pointers on the server). */
  monthError?: string;
  yearError?: string;
  monthId?: string;
  yearId?: string;
  year: number | undefined;
  month: number | undefined;
  onChange: (value: { year: number | undefined; month: number | undefined }) => void;
}

/**
 * A month and a year, the month allowed to be unknown (GOV.UK's date input
 * without the day): the month a list in the reader's language, the year typed
 * with the phone's number pad.
 */
export function DateMonth({ id, legend, hint, monthError, yearError, monthId = `${id}-month`, yearId = `${id}-year`, year, month, onChange }: Props) {
  const { t } = useTranslation();
  const error = yearError ?? monthError;
  // The year as typed ("20x5" stays "20x5" with its error, not "205").
  const [text, setText] = useState(year === undefined || year === null || Number.isNaN(year) ? '' : String(year));
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error}>
      <div className="row date-month">
        <div>
          <label htmlFor={monthId} className="sub-label">
            {t('form.month')}
          </label>
          <select id={monthId} aria-invalid={monthError ? true : undefined} value={month ?? ''} onChange={(e) => onChange({ year, month: e.target.value ? Number(e.target.value) : undefined })}>
            <option value="">{t('form.monthUnknown')}</option>
            {Array.from({ length: 12 }, (_, m) => (
              <option key={m} value={m + 1}>
                {formatMonthName(m)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={yearId} className="sub-label">
            {t('form.year')}
          </label>
          <input
            id={yearId}
            inputMode="numeric"
            autoComplete="off"
            className="narrow-input"
            aria-invalid={yearError ? true : undefined}
            value={text}
            onChange={(e) => {
              // Kept as typed (never stripped behind the person's back): what is not a number is NaN, and the form says so.
              const typed = e.target.value;
              setText(typed);
              onChange({ month, year: typed.trim() === '' ? undefined : /^\s*\d+\s*$/.test(typed) ? Number(typed) : Number.NaN });
            }}
          />
        </div>
      </div>
    </Fieldset>
  );
}
