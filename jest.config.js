/**
 * Jest runs CommonJS. @nestjs/* 12 ships only ES modules, so @swc/jest compiles
 * them (and their ESM-only dependencies) too; everything else in node_modules
 * is left alone.
 */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    target: 'es2023',
    keepClassNames: true,
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

const esmOnly = ['@nestjs', 'uid', 'load-esm', 'file-type', 'token-types', 'strtok3', '@tokenizer', 'uint8array-extras', 'content-disposition', '@scure', '@noble'];

const common = {
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', swc] },
  // Ignore a file when the package it belongs to (after the last node_modules/) is not listed.
  transformIgnorePatterns: [`node_modules/(?!(${esmOnly.join('|')})/)(?!.*/node_modules/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  // The web app's declared entries into server code first (apps/web/tsconfig.json's paths), then the libraries.
  moduleNameMapper: {
    '^@casebook/redaction/apply$': '<rootDir>/libs/redaction/src/apply-redaction',
    '^@casebook/common/field-messages$': '<rootDir>/libs/common/src/field-messages',
    '^@casebook/(.*)$': '<rootDir>/libs/$1/src',
  },
  testEnvironment: 'node',
  // Jest's clean-up of globals between test files (in one process) breaks BullMQ's
  // module-level state (its Lua scripts come back undefined in a later file).
  testEnvironmentOptions: { globalsCleanup: 'off' },
};

module.exports = {
  // Integration tests share one database and one Redis: one file at a time.
  maxWorkers: 1,
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts', '<rootDir>/migrations/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/**/*.e2e.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      setupFiles: ['<rootDir>/tests/support/load-test-env.ts'],
    },
  ],
};
