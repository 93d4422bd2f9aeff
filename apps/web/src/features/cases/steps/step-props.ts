import type { FieldErrors } from '../../../components/field/field';
import type { Term } from '../../../lib/api/vocabularies';
import type { CaseBody } from '../local-cases';

export interface Option {
  code: string;
  label: string;
}

/** What every step of the case form is given by the controller (case-form.tsx). */
export interface StepProps {
  body: CaseBody;
  /** Changes the case (kept encrypted on the device as it is typed). */
  update: (change: (b: CaseBody) => void) => void;
  errors: FieldErrors;
  vocab: (name: string) => Term[];
  countries: Option[];
  regionsOf: (country: string) => Option[];
}

export const termOptions = (terms: Term[]): Option[] => terms.map((term) => ({ code: term.code, label: term.label }));
