import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonExample } from '../button/button.example';
import { CheckboxesExample } from '../checkboxes/checkboxes.example';
import { ConfirmActionExample } from '../confirm-action/confirm-action.example';
import { DateMonthExample } from '../date-month/date-month.example';
import { ErrorSummaryExample } from '../error-summary/error-summary.example';
import { FieldExample } from '../field/field.example';
import { FieldsetExample } from '../fieldset/fieldset.example';
import { NoticeExample } from '../notice/notice.example';
import { RadiosExample } from '../radios/radios.example';
import { SelectExample } from '../select/select.example';
import { SummaryListExample } from '../summary-list/summary-list.example';
import { TableExample } from '../table/table.example';

/** Every component, its folder under src/components/ and its example (the file beside it, `<name>.example.tsx`). */
const EXAMPLES: Array<[string, ComponentType]> = [
  ['error-summary', ErrorSummaryExample],
  ['field', FieldExample],
  ['fieldset', FieldsetExample],
  ['radios', RadiosExample],
  ['checkboxes', CheckboxesExample],
  ['select', SelectExample],
  ['date-month', DateMonthExample],
  ['summary-list', SummaryListExample],
  ['table', TableExample],
  ['notice', NoticeExample],
  ['button', ButtonExample],
  ['confirm-action', ConfirmActionExample],
];

/**
 * The component library's examples on one page (/components): no data and no
 * sign-in, so the components can be seen, tried by keyboard and checked with
 * axe in both languages. Loaded only when opened.
 */
export function Gallery() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page">
      <h1>{t('gallery.title')}</h1>
      <p>{t('gallery.intro')}</p>
      {EXAMPLES.map(([name, Example]) => (
        <section key={name} aria-labelledby={`gallery-${name}`} className="gallery-item" data-component={name}>
          <h2 id={`gallery-${name}`}>{t(`gallery.names.${name}`)}</h2>
          <p className="hint">
            <code>src/components/{name}/</code>
          </p>
          <Example />
        </section>
      ))}
    </main>
  );
}
