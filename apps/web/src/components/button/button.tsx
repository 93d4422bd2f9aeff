import type { ButtonHTMLAttributes } from 'react';

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Green (the main action), grey (secondary), red (destructive: pair it with ConfirmAction). */
  variant?: 'primary' | 'secondary' | 'warning';
}

/** A button at least 44 px high (GOV.UK button). Defaults to type="button": only the form's main action submits. */
export function Button({ variant = 'primary', type = 'button', className, ...rest }: Props) {
  return <button type={type} className={['button', variant === 'primary' ? '' : variant, className].filter(Boolean).join(' ')} {...rest} />;
}
