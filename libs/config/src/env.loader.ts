import { ConfigError, Env, validateEnv } from './env.schema';

/**
 * Validates the environment before anything else starts. On a bad or missing
 * variable the process stops with one line that names it (and never its value).
 */
export function loadEnvOrExit(raw: NodeJS.ProcessEnv = process.env): Env {
  try {
    return validateEnv(raw);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
