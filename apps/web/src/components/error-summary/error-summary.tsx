import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../field/field';

/** The error summary at the top of a form: focused when it appears (unless `focus` is false), each error linking to its field. */
export function ErrorSummary({ errors, focus = true }: { errors: FieldErrors; focus?: boolean }) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1]));
  // Each message with the question it is about (the field's label or legend), read from the page.
  const [labels, setLabels] = useState<Record<string, string>>({});
  // The errors in the order of their fields on the page (not the order they were found in).
  const [order, setOrder] = useState<string[]>([]);
  // Read again when the errors or the language change (the labels are then in the other language).
  const key = `${i18n.language}:${entries.map(([id, message]) => `${id}=${message}`).join(',')}`;
  useLayoutEffect(() => {
    const found: Record<string, string> = {};
    for (const [id] of entries) {
      const field = document.getElementById(id);
      // Its label; a box inside its label (a consent); or a fieldset's legend.
      const text =
        document.querySelector(`label[for="${CSS.escape(id)}"]`)?.textContent ??
        field?.closest('label')?.textContent?.trim() ??
        (field?.tagName === 'FIELDSET' ? field.querySelector('legend')?.textContent : null);
      if (text) found[id] = text;
    }
    setLabels(found);
    const placed = entries.map(([id]) => id).filter((id) => document.getElementById(id));
    placed.sort((a, b) => (document.getElementById(a)!.compareDocumentPosition(document.getElementById(b)!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    setOrder(placed);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  useEffect(() => {
    if (entries.length && focus) ref.current?.focus();
  }, [entries.length, focus]);
  if (!entries.length) return null;
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const sorted = [...entries].sort((a, b) => rank(a[0]) - rank(b[0]));
  // "Question? Message" or "Label: message", never "question?: message".
  const joined = (label: string, message: string) => `${label.trim()}${/[?:.!]$/.test(label.trim()) ? '' : ':'} ${message}`;
  return (
    <div className="error-summary" role={focus ? 'alert' : undefined} tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('common.errorSummary')}</h2>
      <ul>
        {sorted.map(([id, message]) => (
          <li key={id}>
            <a
              href={`#${id}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(id)?.focus();
              }}
            >
              {labels[id] ? joined(labels[id], message) : message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
