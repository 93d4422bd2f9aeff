import type { MixedList } from 'typeorm';

/** Every entity of Casebook. A new entity is added here and to a migration. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const ENTITIES: MixedList<Function> = [];
