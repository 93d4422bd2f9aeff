/** What a report read from releases states about its protection. */
export interface ReleasePrivacy {
  method: string;
  /** ρ spent by the releases the report reads (zCDP; they compose by addition). */
  rho: number;
  epsilon: number;
  delta: number;
  periods: string[];
  releases: number;
}
