import type { MixedList } from 'typeorm';

/**
 * Migrations in the order they run. Each is reviewed SQL; new ones are
 * generated with `npm run migration:generate -- migrations/<Name>` and then
 * read, tidied and added here.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: MixedList<Function> = [];
