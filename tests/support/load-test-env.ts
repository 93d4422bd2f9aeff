import { UNLIMITED_QUOTAS } from '../../bench/unlimited-quotas';
import { readEnvFile, TEST_ENV_FILE } from './test-env';

// Every integration test file runs with the generated test configuration.
// Quotas are tested where they are the subject (tests/hardening.e2e.ts sets its own); elsewhere one
// test client sends what a whole network would.
Object.assign(process.env, UNLIMITED_QUOTAS, readEnvFile(TEST_ENV_FILE), {
  NODE_ENV: 'test',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  // Tests act as many clients: each sends its own X-Forwarded-For through loopback.
  TRUST_PROXY: 'loopback',
});
