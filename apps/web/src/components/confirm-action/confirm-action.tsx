import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { keepTogether } from '../../lib/keep-together';

interface Props {
  /** The button that asks (e.g. "Disable"). */
  label: ReactNode;
  /** The question shown before anything happens, naming what will change. */
  question: string;
  /** The button that does it (e.g. "Yes, disable"). */
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  /** The asking button's look; `primary` for the page's main action (e.g. "Approve and publish"). */
  variant?: 'warning' | 'secondary' | 'primary';
  /** The asking button is disabled (e.g. while a request is under way). */
  disabled?: boolean;
  /** Checked on the first press: false (e.g. the input is not valid yet) and nothing is asked. */
  beforeAsk?: () => boolean;
}

/**
 * An action that cannot be taken by one stray tap or key: the first press
 * asks, in words, what will happen, and focus moves to that question (so a
 * second Enter does nothing); only "Yes, …" acts; Cancel (or Escape)
 * returns focus to where it was. GOV.UK's "warning button + confirmation".
 */
export function ConfirmAction({ label, question, confirmLabel, onConfirm, variant = 'warning', beforeAsk, disabled }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const groupRef = useRef<HTMLDivElement>(null);
  /** Set by Cancel or Escape: the opener takes focus back once it is on screen again. */
  const returnFocus = useRef(false);
  // Layout effects, not effects: focus moves in the same commit that shows (or hides) the question,
  // so a key pressed right after the first press already lands in the question.
  useLayoutEffect(() => {
    // Focus goes to the question, not to "Yes, …": a second Enter or a stray tap must not act, and a screen reader reads the question first.
    // The whole question with its buttons is brought on screen (a phone showed "Yes, …" below the fold).
    if (asking) {
      questionRef.current?.focus({ preventScroll: true });
      groupRef.current?.scrollIntoView?.({ block: 'nearest' });
    }
    else if (returnFocus.current) {
      returnFocus.current = false;
      openerRef.current?.focus();
    }
  }, [asking]);
  const cancel = () => {
    returnFocus.current = true;
    setAsking(false);
  };
  if (!asking) {
    return (
      <button ref={openerRef} type="button" className={variant === 'primary' ? 'button' : `button ${variant}`} disabled={disabled} onClick={() => (beforeAsk?.() ?? true) && setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div ref={groupRef} className="confirm" role="group" aria-label={question} onKeyDown={(e) => e.key === 'Escape' && cancel()}>
      <p ref={questionRef} className="confirm-question" tabIndex={-1}>
        {keepTogether(question)}
      </p>
      <button
        type="button"
        className="button warning"
        onClick={async () => {
          setAsking(false);
          await onConfirm();
        }}
      >
        {keepTogether(confirmLabel)}
      </button>
      <button type="button" className="button secondary" onClick={cancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
