import { Writable } from 'node:stream';

import { createLogger } from '../../kernel/log/logger';
import type { Logger } from '../../kernel/log/logger';

/** A logger at `info` whose JSON lines a test can read back, parsed. */
export function capturedLog(): { log: Logger; lines: () => Record<string, unknown>[]; raw: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const raw = () => chunks.join('');
  return {
    log: createLogger('info', 'test', stream),
    raw,
    lines: () =>
      raw()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
