import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { withDatabase } from '../../kernel/db/database-url';
import { startEmbeddedPostgres } from '../../kernel/db/embedded-postgres';
import type { PostgresHandle } from '../../kernel/db/embedded-postgres';
import { freePort } from '../../kernel/http/free-port';

declare global {
  var __CEG_PG__: PostgresHandle | undefined;
}

/**
 * Once per `npm test`: a PostgreSQL server (embedded unless DATABASE_URL is set) and two template databases,
 * migrated (and migrated + demo data), prepared in a child process. Each test file clones a template (~100 ms).
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'ceg-test-pg-'));
    chmodSync(dir, 0o755); // as root, PostgreSQL runs as the 'postgres' user and must reach the data folder
    globalThis.__CEG_PG__ = await startEmbeddedPostgres({ dir: path.join(dir, 'data'), port: await freePort(), persistent: false });
    adminUrl = globalThis.__CEG_PG__.adminUrl;
  }
  process.env.CEG_TEST_ADMIN_URL = adminUrl;
  execFileSync(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'prepare-templates.ts'), adminUrl], {
    stdio: 'inherit',
    cwd: path.resolve(__dirname, '..', '..'),
  });
}
