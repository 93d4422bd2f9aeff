import { useTranslation } from 'react-i18next';
import { fieldId } from '../../../components/field/field';
import { Radios } from '../../../components/radios/radios';
import { abuseGroups, PERPETRATOR_QUESTION, UNANSWERED } from '../case-steps';
import type { QuestionStatus } from '../local-cases';
import type { StepProps } from './step-props';

const STATUSES = ['asked', 'not_asked', 'declined'] as const;

/**
 * Which questions were asked: those not asked or declined are left out of their statistics, never counted as "no".
 * Nothing is preselected (GOV.UK): no `questions` at all is "not answered yet"; "Yes" is an empty object (absent =
 * asked, as the server reads it); "No" lists every question, each still to answer ('') until it is answered. A case
 * stored before (only the questions not asked, the others absent) opens with those others as asked.
 */
export function QuestionsStep({ body, update, errors, vocab }: StepProps) {
  const { t } = useTranslation();
  const questions = [...abuseGroups(vocab('abuse_category')), PERPETRATOR_QUESTION];
  const all = body.questions === undefined ? undefined : Object.keys(body.questions).length === 0;
  return (
    <>
      <Radios<boolean>
        id={fieldId('/questions/all')}
        legend={t('form.questionsAll')}
        hint={t('form.questionsIntro')}
        error={errors[fieldId('/questions/all')]}
        options={[
          { value: true, label: t('form.questionsAllYes') },
          { value: false, label: t('form.questionsAllNo') },
        ]}
        value={all}
        onChange={(yes) => update((b) => void (b.questions = yes ? {} : Object.fromEntries(questions.map((q) => [q, b.questions?.[q] ?? UNANSWERED]))))}
      />
      {all === false &&
        questions.map((q) => (
          <Radios<QuestionStatus>
            key={q}
            id={fieldId(`/questions/${q}`)}
            legend={q === PERPETRATOR_QUESTION ? t('form.questionPerpetrators') : t('form.questionAbuse', { group: t(`groups.${q}`, { defaultValue: q }) })}
            error={errors[fieldId(`/questions/${q}`)]}
            options={STATUSES.map((status) => ({ value: status, label: t(`form.questionStatus.${status}`) }))}
            value={body.questions && q in body.questions ? body.questions[q] || undefined : 'asked'}
            onChange={(status) => update((b) => void (b.questions = { ...(b.questions ?? {}), [q]: status }))}
          />
        ))}
    </>
  );
}
