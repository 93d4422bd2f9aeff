import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../../components/field/field';
import { Radios } from '../../../components/radios/radios';
import { abuseGroups, PERPETRATOR_QUESTION } from '../case-steps';
import type { QuestionStatus } from '../local-cases';
import type { StepProps } from './step-props';

const STATUSES = ['asked', 'not_asked', 'declined'] as const;

/** Which questions were asked: those not asked or declined are left out of their statistics, never counted as "no". */
export function QuestionsStep({ body, update, errors, vocab }: StepProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const someUnasked = open || Object.values(body.questions ?? {}).some((status) => status !== 'asked');
  const questions = [...abuseGroups(vocab('abuse_category')), PERPETRATOR_QUESTION];
  return (
    <>
      <Radios
        id="f-questions-all"
        legend={t('form.questionsAll')}
        hint={t('form.questionsIntro')}
        options={[
          { value: true, label: t('form.questionsAllYes') },
          { value: false, label: t('form.questionsAllNo') },
        ]}
        value={!someUnasked}
        onChange={(all) => {
          setOpen(!all);
          if (all) update((b) => void (b.questions = {}));
        }}
      />
      {someUnasked &&
        questions.map((q) => (
          <Radios<QuestionStatus>
            key={q}
            id={fieldId(`/questions/${q}`)}
            legend={q === PERPETRATOR_QUESTION ? t('form.questionPerpetrators') : t('form.questionAbuse', { group: t(`groups.${q}`, { defaultValue: q }) })}
            error={errors[fieldId(`/questions/${q}`)]}
            options={STATUSES.map((status) => ({ value: status, label: t(`form.questionStatus.${status}`) }))}
            value={body.questions?.[q] ?? 'asked'}
            onChange={(status) => update((b) => void (b.questions = { ...(b.questions ?? {}), [q]: status }))}
          />
        ))}
    </>
  );
}
