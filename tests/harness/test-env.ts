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
    // run the end-to-end suite on the other planner with QUERY_PLANNER=rust npm test
    QUERY_PLANNER: process.env.QUERY_PLANNER ?? 'javascript',
    ...overrides,
  });
}

export const silentLog = createLogger('silent', 'test');
