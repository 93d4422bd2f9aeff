import type { DataSourceOptions, MixedList } from 'typeorm';
import { ENTITIES } from './entities';

/**
 * The one DataSource definition of Casebook, used by the API, the worker, the
 * operator CLI, the TypeORM migration CLI and the tests. The schema changes
 * only through the reviewed SQL migrations in `migrations/`, which the callers
 * that run them pass in (`migrations/index.ts`): the processes that serve never
 * load them.
 */
export function dataSourceOptions(
  databaseUrl: string,
  applicationName = 'casebook',
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  scale: { replicaUrls?: string; poolSize?: number; migrations?: MixedList<Function | string> } = {},
): DataSourceOptions {
  const replicas = scale.replicaUrls?.split(',').filter(Boolean) ?? [];
  return {
    type: 'postgres',
    // With replicas, writes go to the primary and queries run on a 'slave' query runner (reports) go to a replica.
    ...(replicas.length
      ? { replication: { master: { url: databaseUrl }, slaves: replicas.map((url) => ({ url })) } }
      : { url: databaseUrl }),
    applicationName,
    entities: ENTITIES,
    migrations: scale.migrations ?? [],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    // Pool settings that also work behind PgBouncer in transaction mode: no
    // session state is relied upon (advisory locks are transaction-scoped,
    // statements are unnamed; the relay LISTENs on its own DATABASE_LISTEN_URL session); every statement has an upper bound.
    extra: {
      max: scale.poolSize ?? 10,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: 30_000,
      query_timeout: 35_000,
    },
  };
}
