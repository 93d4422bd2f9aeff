import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../libs/database/src/data-source.options';
import { MIGRATIONS } from './index';

/**
 * Entry point for TypeORM's own CLI (migration:run, :revert, :generate, :show),
 * see the `migration:*` npm scripts. It needs only DATABASE_URL.
 */
const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('Invalid configuration: DATABASE_URL is missing\n');
  process.exit(78);
}
const options = dataSourceOptions(url, 'casebook-migrations', { migrations: MIGRATIONS });
// Migrations may backfill millions of rows: no statement or read timeout here.
export default new DataSource({ ...options, extra: { ...options.extra, statement_timeout: 0, query_timeout: undefined } });
