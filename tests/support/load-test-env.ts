import { readEnvFile, TEST_ENV_FILE } from './test-env';

// Every integration test file runs with the generated test configuration.
Object.assign(process.env, readEnvFile(TEST_ENV_FILE), {
  NODE_ENV: 'test',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  // Tests act as many clients: each sends its own X-Forwarded-For through loopback.
  TRUST_PROXY: 'loopback',
});
