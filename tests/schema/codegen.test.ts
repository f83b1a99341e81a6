import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

describe('generated client code', () => {
  it('is up to date with schema/api.graphql and the client catalogue clients/operations (run `npm run codegen`)', () => {
    const run = spawnSync(process.execPath, ['-r', '@swc-node/register', 'scripts/codegen-check.ts'], { cwd: ROOT, encoding: 'utf8' });
    const lastLine = run.stdout.trim().split('\n').at(-1) ?? '';
    expect({ exit: run.status, result: lastLine }).toEqual({ exit: 0, result: expect.stringMatching(/"stale":\[\]/) });
    expect(JSON.parse(lastLine).checked).toBeGreaterThanOrEqual(2);
  });
});
