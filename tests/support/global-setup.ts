import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../libs/database/src/data-source.options';
import { MIGRATIONS } from '../../migrations';
import { readEnvFile, ROOT, TEST_ENV_FILE } from './test-env';

/**
 * Before the integration suite: a test configuration with its own secrets,
 * PostgreSQL and Redis running (scripts/services.sh installs and starts them
 * when missing), the built processes for tests that spawn them, and a test
 * database migrated from zero.
 */
export default async function globalSetup(): Promise<void> {
  execFileSync('bash', [join(ROOT, 'scripts/env.sh'), TEST_ENV_FILE, 'casebook_test', '3100', '6380'], {
    stdio: 'inherit',
    env: { ...process.env, REDIS_AUTH: 'none' },
  });
  execFileSync('bash', [join(ROOT, 'scripts/services.sh')], { stdio: 'inherit', env: { ...process.env, ENV_FILE: '.env.test' } });
  if (!existsSync(join(ROOT, 'dist/apps/api/src/main.js'))) {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  const env = readEnvFile(TEST_ENV_FILE);
  const dataSource = new DataSource(dataSourceOptions(env.DATABASE_URL, 'casebook-test-setup', { migrations: MIGRATIONS }));
  await dataSource.initialize();
  try {
    await dataSource.query('DROP SCHEMA IF EXISTS public CASCADE');
    // The keystore is a schema of its own (see the keystore migration).
    await dataSource.query('DROP SCHEMA IF EXISTS keystore CASCADE');
    await dataSource.query('CREATE SCHEMA public');
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
  const { Redis } = await import('ioredis');
  const redis = new Redis(env.REDIS_URL);
  await redis.flushdb();
  await redis.quit();
}
