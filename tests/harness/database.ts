import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

import { withDatabase } from '../../kernel/db/database-url';

import { TEMPLATE_EMPTY, TEMPLATE_SEEDED } from './template-names';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.CEG_TEST_ADMIN_URL;
  if (!url) {
    throw new Error('CEG_TEST_ADMIN_URL is not set: run the tests through jest (tests/harness/global-setup.ts)');
  }
  return url;
}

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A database of this test file's own, cloned from a migrated template (with demo data if `seeded`). */
export async function createTestDatabase(options: { seeded?: boolean } = {}): Promise<TestDatabase> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const template = options.seeded ? TEMPLATE_SEEDED : TEMPLATE_EMPTY;
  await admin(async (c) => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await c.query(`create database "${name}" template "${template}"`);
        return;
      } catch (err) {
        // another file may be cloning the same template at this instant
        if (attempt >= 20 || !/being accessed by other users/.test(String(err))) {
          throw err;
        }
        await new Promise((r) => setTimeout(r, 100 + attempt * 50));
      }
    }
  });
  return {
    url: withDatabase(adminUrl(), name),
    drop: () => admin(async (c) => void (await c.query(`drop database if exists "${name}" with (force)`))),
  };
}
