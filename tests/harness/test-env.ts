import { loadConfig } from '../../kernel/config/load-config';
import type { Config } from '../../kernel/config/load-config';
import { createLogger } from '../../kernel/log/logger';

/** Fixed secrets for tests only (never used outside the test run). */
export const TEST_JWT_SECRET = 'test-jwt-secret-0123456789abcdef0123456789';
export const TEST_IDENTITY_SECRET = 'test-identity-secret-0123456789abcdef0123';

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    JWT_SECRET: TEST_JWT_SECRET,
    IDENTITY_SECRET: TEST_IDENTITY_SECRET,
    DATABASE_POOL_MAX: '4',
    SEED_DEMO_DATA: 'never',
    // the default planner (rust); QUERY_PLANNER=javascript npm test runs the suite on the other one
    QUERY_PLANNER: process.env.QUERY_PLANNER,
    // DATABASE_PREPARED_STATEMENTS=false npm test runs it with every statement through MikroORM (a pooler's setting)
    DATABASE_PREPARED_STATEMENTS: process.env.DATABASE_PREPARED_STATEMENTS,
    ...overrides,
  });
}

/** The environment of a service process a test starts (as a deployment would set it, with the test secrets). */
export function childProcessEnv(overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    JWT_SECRET: TEST_JWT_SECRET,
    IDENTITY_SECRET: TEST_IDENTITY_SECRET,
    DATABASE_POOL_MAX: '4',
    SEED_DEMO_DATA: 'never',
    ...overrides,
  };
}

export const silentLog = createLogger('silent', 'test');
