import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkboxes } from './checkboxes';

export function CheckboxesExample() {
  const { t } = useTranslation();
  const [plain, setPlain] = useState<string[]>(['research']);
  const [grouped, setGrouped] = useState<string[]>([]);
  return (
    <>
      <Checkboxes
        id="ex-checkboxes"
        legend={t('form.consentLegend')}
        options={[
          { code: 'research', label: t('form.consentResearch') },
          { code: 'advocacy', label: t('form.consentAdvocacy') },
        ]}
        chosen={plain}
        onChange={setPlain}
      />
      <Checkboxes
        id="ex-checkboxes-grouped"
        legend={t('form.abuses')}
        hint={t('gallery.checkboxes.groupedHint')}
        groups={[
          { key: 'physical', legend: t('groups.physical'), options: [{ code: 'a', label: t('gallery.checkboxes.a') }, { code: 'b', label: t('gallery.checkboxes.b') }] },
          { key: 'economic', legend: t('groups.economic'), options: [{ code: 'c', label: t('gallery.checkboxes.c') }] },
        ]}
        chosen={grouped}
        onChange={setGrouped}
      />
    </>
  );
}
