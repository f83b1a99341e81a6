/** Jest: TypeScript through swc (with decorator metadata), real PostgreSQL from tests/harness/global-setup.ts. */
const swc = { ...require('./swc.config.js'), sourceMaps: 'inline' };

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', swc],
    // The Rust planner's runtime loads its native addon with `await import(name)`, which Jest's module registry
    // cannot run without --experimental-vm-modules; swc turns that one import() into require() under Jest only.
    '/@graphql-hive/router-runtime/dist/index\\.cjs$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!@graphql-hive/router-runtime/dist/index\\.cjs$)'],
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/tests/harness/global-setup.ts',
  globalTeardown: '<rootDir>/tests/harness/global-teardown.ts',
  testMatch: ['<rootDir>/{kernel,gateway,subgraphs,tests,scripts}/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/.data/'],
  maxWorkers: process.env.JEST_WORKERS ?? 2,
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/tests/harness/summary-reporter.js'],
};
