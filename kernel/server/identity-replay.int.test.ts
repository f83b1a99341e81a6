import { createTestDatabase } from '../../tests/harness/database';
import type { TestDatabase } from '../../tests/harness/database';
import { pingSubgraph } from '../../tests/harness/ping-subgraph';
import { silentLog, TEST_IDENTITY_SECRET, testConfig } from '../../tests/harness/test-env';
import { IDENTITY_HEADER, signIdentity } from '../auth/identity';
import { NonceLog } from '../auth/nonce-log';
import { createSubgraphServer } from './create-subgraph-server';
import type { SubgraphServer } from './create-subgraph-server';

const replicated = pingSubgraph('nonce_replicas');

/** Issue 12, finding 4: a captured identity header must not work again — on the same instance or another one. */
describe('a signed identity replayed to another instance of the same subgraph', () => {
  let db: TestDatabase;
  const instances: SubgraphServer[] = [];
  const urls: string[] = [];
  const body = JSON.stringify({ query: '{ ping }' });
  const officer = { subject: 'o-replay', roles: ['OFFICER' as const], unitId: null, departmentId: null, name: null };
  const sign = () => signIdentity(officer, 'req-replay', TEST_IDENTITY_SECRET, Date.now(), undefined, body);
  const send = async (url: string, header: string) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: header }, body });
    const json = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    return { status: res.status, data: json.data ?? null, error: json.errors?.[0]?.message ?? null };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    for (const instanceId of ['a', 'b']) {
      const config = testConfig({ DATABASE_URL: db.url, INSTANCE_ID: instanceId });
      const server = await createSubgraphServer(replicated, { config, log: silentLog, databaseUrl: db.url, seed: false, runJobs: false });
      instances.push(server);
      urls.push(await server.listen(0));
    }
  });
  afterAll(async () => {
    await Promise.all(instances.map((s) => s.stop()));
    await db.drop();
  });

  it('serves a signed request once, then refuses it on the same instance and on the other one', async () => {
    const header = sign();
    expect(await send(urls[0], header)).toEqual({ status: 200, data: { ping: 'pong' }, error: null });
    expect(await send(urls[1], header)).toEqual({ status: 401, data: null, error: expect.stringContaining('replayed') });
    expect(await send(urls[0], header)).toEqual({ status: 401, data: null, error: expect.stringContaining('replayed') });
  });

  it('serves a header sent to both instances at the same moment exactly once', async () => {
    const header = sign();
    const answers = await Promise.all([...urls, ...urls].map((url) => send(url, header)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 401, 401, 401]);
  });

  it('still serves fresh identities on both instances', async () => {
    expect(await send(urls[1], sign())).toMatchObject({ status: 200, data: { ping: 'pong' } });
    expect(await send(urls[0], sign())).toMatchObject({ status: 200, data: { ping: 'pong' } });
  });

  it('prunes the nonces of expired identities only', async () => {
    const connection = instances[0].orm.em.getConnection('write');
    const count = async () => (await connection.execute<{ n: number }[]>('select count(*)::int as n from nonce_replicas.identity_nonce'))[0].n;
    const log = new NonceLog(connection, 'nonce_replicas');
    const kept = await count();
    expect(kept).toBeGreaterThan(0);
    await log.prune(Date.now());
    expect(await count()).toBe(kept);
    await log.prune(Date.now() + 120_000);
    expect(await count()).toBe(0);
  });
});
