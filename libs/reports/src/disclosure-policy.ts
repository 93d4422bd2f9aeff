import { type PerturbationSettings, validatePerturbation } from './perturbation';
import { MIN_K } from './suppression';

/**
 * What researchers may be shown, set by admins only. A researcher may ask for
 * a larger k, never a smaller one; the perturbation and the budget are not
 * theirs to choose.
 */
export interface DisclosurePolicy {
  /** Counts from 1 to k − 1 are never published (k ≥ 3). */
  k: number;
  /** Cell-key perturbation: the largest |noise| and its variance. */
  maxNoise: number;
  noiseVariance: number;
  /** Distinct reports one researcher may request within the window (identical requests are free: they reveal nothing new). */
  reportBudget: number;
  budgetWindowDays: number;
  updatedAt: string;
  updatedById: string | null;
}

export type DisclosurePolicyInput = Pick<DisclosurePolicy, 'k' | 'maxNoise' | 'noiseVariance' | 'reportBudget' | 'budgetWindowDays'>;

export function perturbationOf(policy: Pick<DisclosurePolicy, 'maxNoise' | 'noiseVariance'>): PerturbationSettings {
  return { maxNoise: policy.maxNoise, variance: policy.noiseVariance };
}

/** Problems with a proposed policy, as JSON pointers into it. Pure. */
export function policyProblems(input: DisclosurePolicyInput): Array<{ pointer: string; message: string }> {
  const problems: Array<{ pointer: string; message: string }> = [];
  if (!Number.isInteger(input.k) || input.k < MIN_K || input.k > 100) problems.push({ pointer: '/k', message: `must be a whole number from ${MIN_K} to 100` });
  for (const message of validatePerturbation(perturbationOf(input))) {
    problems.push({ pointer: message.startsWith('maxNoise') ? '/maxNoise' : '/noiseVariance', message: message.replace(/^\w+ /, '') });
  }
  if (!Number.isInteger(input.reportBudget) || input.reportBudget < 1 || input.reportBudget > 100_000) problems.push({ pointer: '/reportBudget', message: 'must be a whole number from 1 to 100000' });
  if (!Number.isInteger(input.budgetWindowDays) || input.budgetWindowDays < 1 || input.budgetWindowDays > 3660) problems.push({ pointer: '/budgetWindowDays', message: 'must be a whole number of days from 1 to 3660' });
  return problems;
}
