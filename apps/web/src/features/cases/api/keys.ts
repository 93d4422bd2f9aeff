/** Query keys of the cases endpoints: every one under 'cases', so one invalidation refreshes the lot after a send. */
export const caseKeys = {
  all: ['cases'] as const,
  list: ['cases', 'list'] as const,
};
