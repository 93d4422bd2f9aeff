import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button/button';
import { Checkboxes } from '../../../components/checkboxes/checkboxes';
import { DateMonth } from '../../../components/date-month/date-month';
import { type ControlProps, Field, fieldId } from '../../../components/field/field';
import { Fieldset } from '../../../components/fieldset/fieldset';
import { Radios } from '../../../components/radios/radios';
import { Select } from '../../../components/select/select';
import type { CaseBody } from '../local-cases';
import { type StepProps, termOptions } from './step-props';

type Incident = CaseBody['incidents'][number];

/** A whole number typed with the number pad, kept as typed: anything else is NaN, and the form says so (never stripped). */
function WholeNumber({ value, onChange, ...props }: ControlProps & { value: number | undefined; onChange: (value: number | undefined) => void }) {
  const [text, setText] = useState(value === undefined || value === null || Number.isNaN(value) ? '' : String(value));
  return (
    <input
      {...props}
      inputMode="numeric"
      autoComplete="off"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const typed = e.target.value.trim();
        onChange(typed === '' ? undefined : /^\d+$/.test(typed) ? Number(typed) : Number.NaN);
      }}
    />
  );
}

const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/**
 * One incident on its own screen (GOV.UK's "add another" pattern): when,
 * where, who, what happened — the abuses under their taxonomy groups, only
 * the groups the respondent was asked about.
 */
export function IncidentStep({ body, update, errors, vocab, countries, regionsOf, index }: StepProps & { index: number }) {
  const { t } = useTranslation();
  const incident = body.incidents[index];
  const p = (rest: string) => fieldId(`/incidents/${index}${rest}`);
  const set = (change: (x: Incident) => void) => update((b) => change(b.incidents[index]));
  const asked = (group: string) => (body.questions?.[group] ?? 'asked') === 'asked';
  const terms = vocab('abuse_category').filter((term) => asked(term.group ?? 'other') || incident.abuses.includes(term.code));
  const groups = [...new Set(terms.map((term) => term.group ?? 'other'))].map((group) => ({
    key: group,
    legend: capitalised(t(`groups.${group}`, { defaultValue: group })),
    options: termOptions(terms.filter((term) => (term.group ?? 'other') === group)),
  }));
  return (
    <>
      <h2>{t('form.incident', { n: index + 1 })}</h2>
      <DateMonth
        key={p('/when')}
        id={p('/when')}
        monthId={p('/month')}
        yearId={p('/year')}
        legend={t('form.when')}
        hint={t('form.whenHint')}
        yearError={errors[p('/year')]}
        monthError={errors[p('/month')]}
        year={incident.year}
        month={incident.month}
        onChange={({ year, month }) => set((x) => void ((x.year = year), (x.month = month)))}
      />
      <Select
        id={p('/country')}
        label={t('form.incidentCountry')}
        error={errors[p('/country')]}
        value={incident.country}
        onChange={(v) => set((x) => void ((x.country = v), (x.regionCode = null)))}
        options={countries}
        placeholder={t('form.choose')}
      />
      <Select
        id={p('/regionCode')}
        label={`${t('form.incidentRegion')} ${t('common.optional')}`}
        error={errors[p('/regionCode')]}
        value={incident.regionCode ?? ''}
        onChange={(v) => set((x) => void (x.regionCode = v || null))}
        options={regionsOf(incident.country)}
        placeholder={t('form.choose')}
      />
      <Field id={p('/place')} label={`${t('form.place')} ${t('common.optional')}`} hint={t('form.placeHint')} error={errors[p('/place')]}>
        {(props) => <input {...props} value={incident.place ?? ''} onChange={(e) => set((x) => void (x.place = e.target.value))} />}
      </Field>
      <Select
        id={p('/locationType')}
        label={t('form.locationType')}
        error={errors[p('/locationType')]}
        value={incident.locationType}
        onChange={(v) => set((x) => void (x.locationType = v))}
        options={termOptions(vocab('location_type'))}
        placeholder={t('form.choose')}
      />
      <Fieldset id={p('/perpetrators')} legend={t('form.perpetrators')} error={errors[p('/perpetrators')]}>
        {incident.perpetrators.map((perp, j) => (
          // Keyed with the number of rows too: after a removal every row starts again from what is stored.
          <div key={`${j}/${incident.perpetrators.length}`} className="perpetrator">
            <Select
              id={p(`/perpetrators/${j}/type`)}
              label={incident.perpetrators.length > 1 ? t('form.perpetratorN', { n: j + 1 }) : t('form.perpetratorType')}
              error={errors[p(`/perpetrators/${j}/type`)]}
              value={perp.type}
              onChange={(v) => set((x) => void (x.perpetrators[j].type = v))}
              options={termOptions(vocab('perpetrator_type'))}
              placeholder={t('form.choose')}
            />
            <div className="row">
              <Field id={p(`/perpetrators/${j}/count`)} label={`${t('form.perpetratorCount')} ${t('common.optional')}`} error={errors[p(`/perpetrators/${j}/count`)]}>
                {(props) => <WholeNumber {...props} value={perp.count} onChange={(count) => set((x) => void (x.perpetrators[j].count = count))} />}
              </Field>
              <Select
                id={p(`/perpetrators/${j}/involvement`)}
                label={t('form.involvement')}
                error={errors[p(`/perpetrators/${j}/involvement`)]}
                value={perp.involvement}
                onChange={(v) => set((x) => void (x.perpetrators[j].involvement = v))}
                options={termOptions(vocab('involvement'))}
                placeholder={t('form.choose')}
              />
            </div>
            {/* A row added by mistake can go again (a case keeps at least one perpetrator row). */}
            {j > 0 && (
              <Button variant="secondary" onClick={() => set((x) => void x.perpetrators.splice(j, 1))}>
                {t('common.remove')} <span className="visually-hidden">{t('form.perpetratorN', { n: j + 1 })}</span>
              </Button>
            )}
          </div>
        ))}
        <Button variant="secondary" onClick={() => set((x) => void x.perpetrators.push({ type: '', involvement: 'carried_out' }))}>
          {t('form.addPerpetrator')}
        </Button>
      </Fieldset>
      <Checkboxes
        id={p('/abuses')}
        legend={t('form.abuses')}
        hint={t('form.abusesHint')}
        error={errors[p('/abuses')]}
        groups={groups}
        chosen={incident.abuses}
        onChange={(next) => set((x) => void (x.abuses = next))}
      />
      <Select
        id={p('/reportedToAuthorities')}
        label={t('form.reported')}
        error={errors[p('/reportedToAuthorities')]}
        value={incident.reportedToAuthorities}
        onChange={(v) => set((x) => void (x.reportedToAuthorities = v))}
        options={termOptions(vocab('reported_to_authorities'))}
        placeholder={t('form.choose')}
      />
      <Radios<boolean | null>
        id={p('/medicalCareNeeded')}
        legend={t('form.medical')}
        error={errors[p('/medicalCareNeeded')]}
        options={[
          { value: true, label: t('common.yes') },
          { value: false, label: t('common.no') },
          { value: null, label: t('common.unknown') },
        ]}
        value={incident.medicalCareNeeded}
        onChange={(v) => set((x) => void (x.medicalCareNeeded = v))}
      />
    </>
  );
}
