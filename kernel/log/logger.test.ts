import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** Runs `script` in a Node process with the project's logger as `log`; resolves with stdout lines and when each came. */
function runLogging(script: string): Promise<{ lines: { at: number; entry: { msg: string } }[]; code: number | null }> {
  const source = `const log = require('./kernel/log/logger.ts').createLogger('info', 'log-test'); ${script}`;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', '-e', source], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
  const started = Date.now();
  const lines: { at: number; entry: { msg: string } }[] = [];
  let rest = '';
  child.stdout.on('data', (d: Buffer) => {
    const parts = (rest + d.toString()).split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts) {
      lines.push({ at: Date.now() - started, entry: JSON.parse(line) as { msg: string } });
    }
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ lines, code })));
}

describe('service logs on stdout (written in batches)', () => {
  it('writes a line within about a second while the process keeps running', async () => {
    const { lines } = await runLogging(`log.info('one request'); setTimeout(() => { log.info('later'); process.exitCode = 0; }, 4000);`);
    const first = lines.find((l) => l.entry.msg === 'one request');
    const later = lines.find((l) => l.entry.msg === 'later');
    // written by the periodic flush, long before the process ends
    expect(first && later && later.at - first.at).toBeGreaterThan(2000);
  }, 20_000);

  it('writes every line still buffered when the process exits, also on a crash', async () => {
    const exit = await runLogging(`for (let i = 0; i < 3; i++) log.info('line ' + i); process.exit(0);`);
    expect(exit.lines.map((l) => l.entry.msg)).toEqual(['line 0', 'line 1', 'line 2']);
    const crash = await runLogging(`log.info('before the crash'); setTimeout(() => { throw new Error('boom'); }, 10);`);
    expect({ code: crash.code, lines: crash.lines.map((l) => l.entry.msg) }).toEqual({ code: 1, lines: ['before the crash'] });
  }, 20_000);
});
