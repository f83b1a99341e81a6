/** Jest: TypeScript through swc (with decorator metadata), real PostgreSQL from tests/harness/global-setup.ts. */
const swc = { ...require('./swc.config.js'), sourceMaps: 'inline' };

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/tests/harness/global-setup.ts',
  globalTeardown: '<rootDir>/tests/harness/global-teardown.ts',
  testMatch: ['<rootDir>/{kernel,gateway,subgraphs,tests,scripts}/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/.data/'],
  maxWorkers: process.env.JEST_WORKERS ?? 2,
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/tests/harness/summary-reporter.js'],
};
