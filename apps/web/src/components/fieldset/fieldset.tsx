import type { ReactNode } from 'react';
import { describedBy, HintAndError } from '../field/field';

interface Props {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  /** A group inside a larger question (a smaller legend, no error border of its own). */
  nested?: boolean;
  children: ReactNode;
}

/** A question answered by several controls (radios, checkboxes, a date), with its legend, hint and error. */
export function Fieldset({ id, legend, hint, error, nested, children }: Props) {
  return (
    <fieldset className={`field${nested ? ' nested' : ''}${error ? ' field-error' : ''}`} id={id} aria-describedby={describedBy(id, hint, error)}>
      <legend>{legend}</legend>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </fieldset>
  );
}
