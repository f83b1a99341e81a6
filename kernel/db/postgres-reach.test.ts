import { chmodSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { startEmbeddedPostgres } from './embedded-postgres';
import { folderPostgresCannotEnter } from './postgres-reach';

describe('whether the postgres user can reach the embedded database folders', () => {
  const OTHER_UID = 4_000_123; // a user that owns none of these folders, as `postgres` owns none of a root clone

  it('names the private folder (mode 700, as mktemp -d makes) on the way to the data', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'ceg-reach-'));
    chmodSync(root, 0o700);
    expect(folderPostgresCannotEnter(path.join(root, '.data', 'postgres'), OTHER_UID)).toBe(root);
  });

  it('lets through folders others may enter, and folders still to be created', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'ceg-reach-'));
    chmodSync(root, 0o755);
    mkdirSync(path.join(root, 'clone'), { mode: 0o755 });
    expect(folderPostgresCannotEnter(path.join(root, 'clone', '.data', 'postgres'), OTHER_UID)).toBeNull();
  });

  // Issue 12, finding 11: as root, PostgreSQL runs as `postgres`; a private clone used to die with `spawn … EACCES`.
  (process.getuid?.() === 0 ? it : it.skip)('as root, stops at once naming the private folder and DATABASE_URL, creating nothing', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'ceg-private-clone-'));
    chmodSync(root, 0o700);
    const started = performance.now();
    const start = startEmbeddedPostgres({ dir: path.join(root, '.data', 'postgres'), port: 1, persistent: false });
    await expect(start).rejects.toThrow(`cannot enter ${root} (on the way to ${path.join(root, '.data', 'postgres')})`);
    await expect(start).rejects.toThrow(/set DATABASE_URL to a PostgreSQL server of your own/);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(existsSync(path.join(root, '.data'))).toBe(false);
  });
});
