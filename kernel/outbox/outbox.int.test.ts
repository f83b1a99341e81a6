import { createSubgraphServer } from '../server/create-subgraph-server';
import type { SubgraphServer } from '../server/create-subgraph-server';
import { defineSubgraph } from '../server/subgraph-definition';
import { createTestDatabase } from '../../tests/harness/database';
import type { TestDatabase } from '../../tests/harness/database';
import { pingSubgraph } from '../../tests/harness/ping-subgraph';
import { silentLog, testConfig } from '../../tests/harness/test-env';
import { ANONYMOUS } from '../auth/actor';
import { publish } from './publish';

const producer = pingSubgraph('outbox_producer');

const consumer = defineSubgraph({
  ...producer,
  name: 'participation',
  dbSchema: 'outbox_consumer',
  consumers: {
    'case.opened': async (scope, payload) => {
      await scope.em.execute('insert into outbox_consumer.received (report_id) values (?)', [payload.reportId]);
    },
  },
});

describe('transactional outbox between two subgraphs', () => {
  let db: TestDatabase;
  let a: SubgraphServer;
  let b: SubgraphServer | undefined;
  const peers: { participation?: string } = {};
  const config = () => testConfig({ DATABASE_URL: db.url });
  const startConsumer = async () => {
    b = await createSubgraphServer(consumer, { config: config(), log: silentLog, databaseUrl: db.url, seed: false });
    await b.orm.em.getConnection().execute('create table if not exists outbox_consumer.received (report_id text not null)');
    peers.participation = await b.listen(0);
  };
  const sql = (server: SubgraphServer, query: string) => server.orm.em.fork().getConnection().execute(query);
  const due = () => sql(a, 'update outbox_producer.outbox_message set next_attempt_at = now()');

  beforeAll(async () => {
    db = await createTestDatabase();
    a = await createSubgraphServer(producer, { config: config(), log: silentLog, databaseUrl: db.url, seed: false, peers });
    await startConsumer();
  });
  afterAll(async () => {
    await b?.stop();
    await a.stop();
    await db.drop();
  });

  it('writes nothing to the outbox when the change rolls back', async () => {
    const em = a.createScope(ANONYMOUS).em;
    await expect(
      em.transactional(async (tx) => {
        await publish(tx, { to: 'participation', topic: 'case.opened', payload: { reportId: 'rolled-back' } });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await sql(a, 'select count(*)::int as n from outbox_producer.outbox_message')).toEqual([{ n: 0 }]);
  });

  it('keeps a message while the receiver is down and delivers it exactly once after it restarts', async () => {
    await b!.stop();
    b = undefined;
    const em = a.createScope(ANONYMOUS).em;
    await em.transactional((tx) => publish(tx, { to: 'participation', topic: 'case.opened', payload: { reportId: 'r-1' } }));

    await a.runJobsOnce(); // receiver down: delivery fails, message stays
    const [pending] = await sql(a, 'select attempts, delivered_at, last_error from outbox_producer.outbox_message');
    expect(pending).toMatchObject({ attempts: 1, delivered_at: null });
    expect(pending.last_error).toBeTruthy();

    await startConsumer();
    await due();
    await a.runJobsOnce();
    await due();
    await a.runJobsOnce(); // nothing left to deliver
    expect(await sql(b!, 'select report_id from outbox_consumer.received')).toEqual([{ report_id: 'r-1' }]);
    const [done] = await sql(a, 'select attempts, delivered_at is not null as delivered from outbox_producer.outbox_message');
    expect(done).toEqual({ attempts: 2, delivered: true });
  });

  it('applies a redelivered message only once (the receiver dedupes by message id)', async () => {
    await sql(a, 'update outbox_producer.outbox_message set delivered_at = null, next_attempt_at = now()');
    await a.runJobsOnce();
    expect(await sql(b!, 'select report_id from outbox_consumer.received')).toEqual([{ report_id: 'r-1' }]);
    expect(await sql(b!, 'select count(*)::int as n from outbox_consumer.inbox_message')).toEqual([{ n: 1 }]);
  });

  it('refuses events that are not signed by a subgraph', async () => {
    const res = await fetch(peers.participation!.replace('/graphql', '/events'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: '00000000-0000-4000-8000-000000000000', topic: 'case.opened', payload: { reportId: 'forged' } }),
    });
    expect(res.status).toBe(401);
    expect(await sql(b!, "select count(*)::int as n from outbox_consumer.received where report_id = 'forged'")).toEqual([{ n: 0 }]);
  });
});
