/** The privacy-loss budget's arithmetic. Pure. */

/** The δ at which Casebook states ε. */
export const STATED_DELTA = 1e-6;

/** ε of ρ-zCDP at δ: ε = ρ + 2√(ρ ln(1/δ)) (Bun and Steinke 2016, Proposition 1.3). */
export function epsilonOf(rho: number, delta = STATED_DELTA): number {
  return rho + 2 * Math.sqrt(rho * Math.log(1 / delta));
}

/** Whether a release of `cost` fits: what is spent plus the cost stays within the total. Exact on decimals with up to 6 places. */
export function fitsBudget(spent: string, cost: string, total: string): boolean {
  const micro = (x: string) => Math.round(Number(x) * 1_000_000);
  return micro(spent) + micro(cost) <= micro(total);
}
