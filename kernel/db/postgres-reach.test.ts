import { chmodSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

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
});
