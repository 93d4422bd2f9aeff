import { useTranslation } from 'react-i18next';
import { Fieldset } from './fieldset';

export function FieldsetExample() {
  const { t } = useTranslation();
  return (
    <Fieldset id="ex-fieldset" legend={t('gallery.fieldset.legend')} hint={t('gallery.fieldset.hint')}>
      <label className="choice">
        <input type="checkbox" /> {t('gallery.fieldset.option')}
      </label>
    </Fieldset>
  );
}
