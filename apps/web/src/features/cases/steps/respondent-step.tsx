import { useTranslation } from 'react-i18next';
import { fieldId } from '../../../components/field/field';
import { Radios } from '../../../components/radios/radios';
import { Select } from '../../../components/select/select';
import { type StepProps, termOptions } from './step-props';

/** Who the respondent is, in the taxonomy's coarse terms only. */
export function RespondentStep({ body, update, errors, vocab }: StepProps) {
  const { t } = useTranslation();
  const radios = (name: string, key: 'gender' | 'ageBand', legend: string) => (
    <Radios
      id={fieldId(`/respondent/${key}`)}
      legend={legend}
      error={errors[fieldId(`/respondent/${key}`)]}
      options={vocab(name).map((term) => ({ value: term.code, label: term.label }))}
      value={body.respondent[key]}
      onChange={(v) => update((b) => void (b.respondent[key] = v))}
    />
  );
  const select = (name: string, key: 'workSetting' | 'migrantStatus', label: string) => (
    <Select
      id={fieldId(`/respondent/${key}`)}
      label={label}
      error={errors[fieldId(`/respondent/${key}`)]}
      value={body.respondent[key]}
      onChange={(v) => update((b) => void (b.respondent[key] = v))}
      options={termOptions(vocab(name))}
      placeholder={t('form.choose')}
    />
  );
  return (
    <>
      {radios('gender', 'gender', t('form.gender'))}
      {radios('age_band', 'ageBand', t('form.ageBand'))}
      {select('work_setting', 'workSetting', t('form.workSetting'))}
      {select('migrant_status', 'migrantStatus', t('form.migrantStatus'))}
    </>
  );
}
