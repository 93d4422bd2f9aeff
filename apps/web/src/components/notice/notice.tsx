import type { ReactNode } from 'react';

interface Props {
  /** A short heading above the text (e.g. "Returned for changes"). */
  title?: string;
  /** `important` stands out (yellow, for what must be acted on); `info` is the quiet blue-edged note. */
  variant?: 'info' | 'important';
  /** `status` is announced when it appears (after an action); none for what is there from the start. */
  role?: 'status' | 'alert';
  testId?: string;
  children: ReactNode;
}

/** A note that matters on this screen (GOV.UK notification banner / inset text). */
export function Notice({ title, variant = 'info', role, testId, children }: Props) {
  return (
    <div className={`notice${variant === 'important' ? ' notice-important' : ''}`} role={role} data-testid={testId}>
      {title && <p className="notice-title">{title}</p>}
      {typeof children === 'string' ? <p>{children}</p> : children}
    </div>
  );
}
