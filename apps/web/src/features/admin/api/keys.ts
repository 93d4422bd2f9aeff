/** Query keys of the admin workspace: every one under 'admin', so one invalidation refreshes the lot after a change. */
export const adminKeys = {
  all: ['admin'] as const,
  reviewQueue: ['admin', 'review-queue'] as const,
  review: (caseId: string) => ['admin', 'review', caseId] as const,
  users: ['admin', 'users'] as const,
  organisations: ['admin', 'organisations'] as const,
  operations: ['admin', 'operations'] as const,
  retention: ['admin', 'retention'] as const,
  releases: ['admin', 'releases'] as const,
  taxonomy: ['admin', 'taxonomy'] as const,
};
