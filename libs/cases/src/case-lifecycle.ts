import type { Action } from '@casebook/authz';
import type { CaseStatus } from '@casebook/database';

export type Transition = 'submit' | 'review' | 'publish' | 'return' | 'archive' | 'withdraw';
/** Transitions the system makes: the worker's proposal puts a submitted case into review. */
export type SystemTransition = 'propose';

interface TransitionRule {
  from: readonly CaseStatus[];
  to: CaseStatus;
  /** The CASL action the caller needs on the case (with its record conditions). */
  action: Action;
}

/**
 * The case lifecycle: draft → submitted → in_review → published → archived,
 * plus `return` (back to draft for corrections) and `withdraw` (consent
 * withdrawn, from any state but withdrawn). Pure data; one place.
 */
export const TRANSITIONS: Record<Transition, TransitionRule> = {
  submit: { from: ['draft'], to: 'submitted', action: 'submit' },
  review: { from: ['submitted'], to: 'in_review', action: 'review' },
  publish: { from: ['in_review'], to: 'published', action: 'publish' },
  return: { from: ['submitted', 'in_review'], to: 'draft', action: 'review' },
  archive: { from: ['published'], to: 'archived', action: 'archive' },
  withdraw: { from: ['draft', 'submitted', 'in_review', 'published', 'archived'], to: 'withdrawn', action: 'withdraw' },
};

export const SYSTEM_TRANSITIONS: Record<SystemTransition, Omit<TransitionRule, 'action'>> = {
  propose: { from: ['submitted'], to: 'in_review' },
};

/**
 * Who may edit a case in which state: its interviewer while it is a draft
 * (also after a return), admins until it is published.
 */
const EDITABLE = { own: ['draft'], admin: ['draft', 'submitted', 'in_review'] } as const satisfies Record<string, readonly CaseStatus[]>;

/** Why a case cannot be edited in its state, or null when it can. */
export function editBlocker(status: CaseStatus, byAdmin: boolean): string | null {
  const allowed: readonly CaseStatus[] = byAdmin ? EDITABLE.admin : EDITABLE.own;
  if (allowed.includes(status)) return null;
  return `A case that is ${status.replace('_', ' ')} cannot be edited${byAdmin ? '' : ' by its interviewer'}; editable while: ${allowed.join(', ')}`;
}

const PAST: Record<Transition, string> = {
  submit: 'submitted',
  review: 'taken into review',
  publish: 'published',
  return: 'returned',
  archive: 'archived',
  withdraw: 'withdrawn',
};

/** Why a transition is not possible from a state, or null when it is. */
export function transitionBlocker(transition: Transition, from: CaseStatus): string | null {
  const rule = TRANSITIONS[transition];
  if (rule.from.includes(from)) return null;
  return `A case that is ${from.replace('_', ' ')} cannot be ${PAST[transition]}; allowed from: ${rule.from.join(', ')}`;
}
