import { request } from 'node:http';

import { ANONYMOUS } from '../../kernel/auth/actor';
import { IDENTITY_HEADER, signIdentity } from '../../kernel/auth/identity';
import { createTestDatabase } from '../harness/database';
import type { TestDatabase } from '../harness/database';
import { canSpawnProcesses, startSubgraphProcesses } from '../harness/subgraph-processes';
import type { SubgraphFleet } from '../harness/subgraph-processes';
import { TEST_IDENTITY_SECRET } from '../harness/test-env';

const admin = { ...ANONYMOUS, subject: 'shutdown-admin', roles: ['ADMIN' as const] };
const QUERY = JSON.stringify({ query: '{ officers(first: 50) { edges { node { id name unit { name parent { name } } } } } }' });

/**
 * One request on a connection of its own, its headers and first bytes sent at once and the rest of its body on
 * `finish()` (until then it is in flight on the server); `finish` gives its status, or the network error that ended it.
 */
function startRequest(base: string): { finish: () => Promise<string> } {
  let settle!: (outcome: string) => void;
  const outcome = new Promise<string>((resolve) => (settle = resolve));
  const req = request(
    `${base}/graphql`,
    {
      method: 'POST',
      agent: false,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(QUERY),
        [IDENTITY_HEADER]: signIdentity(admin, 'shutdown', TEST_IDENTITY_SECRET, Date.now(), undefined, QUERY),
      },
    },
    (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => settle(res.statusCode === 200 && body.includes('"officers"') ? '200' : `HTTP ${res.statusCode}`));
      res.on('error', (err: NodeJS.ErrnoException) => settle(`cut mid-response: ${err.code ?? err.message}`));
    },
  );
  req.on('error', (err: NodeJS.ErrnoException) => settle(err.code ?? err.message));
  req.write(QUERY.slice(0, 10));
  return {
    finish: () => {
      req.end(QUERY.slice(10));
      return outcome;
    },
  };
}

const ask = (base: string) => startRequest(base).finish();

(canSpawnProcesses() ? describe : describe.skip)('SIGTERM during traffic (a subgraph process)', () => {
  let db: TestDatabase;
  let fleet: SubgraphFleet;
  beforeAll(async () => {
    db = await createTestDatabase({ seeded: true });
    const level = process.env.SCALE_OUT_LOG;
    process.env.SCALE_OUT_LOG = 'debug'; // each answered request is logged: the test counts them
    // production, as deployed: Apollo Server's own termination handler is on outside NODE_ENV=test
    fleet = await startSubgraphProcesses(db.url, 1, 90_000, { NODE_ENV: 'production' }).finally(() => {
      process.env.SCALE_OUT_LOG = level;
    });
  }, 120_000);
  afterAll(async () => {
    await fleet.stop();
    await db.drop();
  });

  // A connection still in the kernel's accept queue when the listener closes is reset by TCP (ECONNRESET,
  // nothing read, nothing done): the client may retry it. What must not happen is a request the server took
  // and did not answer.
  it('answers every request it took, then refuses connections, exits 0 and logs no error', async () => {
    const enforcement = fleet.instances.find((i) => i.name === 'enforcement')!;
    const outcomes: string[] = [];
    const worker = async () => {
      for (;;) {
        const outcome = await ask(enforcement.base);
        outcomes.push(outcome);
        if (outcome === 'ECONNREFUSED') {
          return;
        }
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    // one request surely in flight at the signal: its headers are in, its body comes after the signal (the workers'
    // requests may all sit in the accept queue at that instant, where a closing listener resets them)
    const held = startRequest(enforcement.base);
    await new Promise((r) => setTimeout(r, 1_000));
    const exited = new Promise<number | null>((resolve) => enforcement.process.once('exit', (code) => resolve(code)));
    enforcement.process.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    const heldOutcome = await held.finish();
    await Promise.all(workers);
    expect(heldOutcome).toBe('200');
    outcomes.push(heldOutcome);
    const code = await exited;
    const log = enforcement.output().split('\n');
    expect({ code, tail: code === 0 ? '' : log.slice(-5).join('\n') }).toEqual({ code: 0, tail: '' });
    // ours only (the participation instance's dispatch job asks enforcement too)
    const ours = (line: string) => line.includes('"requestId":"shutdown"') && line.includes('"msg":"graphql request"');
    const answered = log.filter(ours);
    const afterSignal = log.slice(log.findIndex((line) => line.includes('"msg":"shutting down"'))).filter(ours);
    expect(outcomes.filter((o) => !['200', 'ECONNREFUSED', 'ECONNRESET'].includes(o))).toEqual([]);
    expect(outcomes.filter((o) => o === '200').length).toBe(answered.length);
    expect(afterSignal.length).toBeGreaterThan(0); // requests in flight at the signal were drained, not cut
    expect(log.filter((line) => /"level":(50|60)|Connection terminated|during server shutdown/.test(line))).toEqual([]);
  });
});
