import { MikroORM } from '@mikro-orm/postgresql';

import { createTestDatabase } from '../../tests/harness/database';
import type { TestDatabase } from '../../tests/harness/database';
import { silentLog } from '../../tests/harness/test-env';
import { LiveHub } from './live-hub';
import { publishLive } from './publish-live';

/** Two hubs on one schema stand for two instances of a subgraph; a third on another schema for another subgraph. */
describe('live events (NOTIFY in the transaction, LISTEN per instance)', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  let hubs: LiveHub[];
  const next = (it: AsyncIterator<unknown>, ms = 1000) =>
    Promise.race([it.next().then((r) => r.value), new Promise((r) => setTimeout(() => r('nothing'), ms))]);

  beforeAll(async () => {
    db = await createTestDatabase();
    orm = await MikroORM.init({ clientUrl: db.url, schema: 'live_a', entities: [], discovery: { warnWhenNoEntities: false } });
    hubs = [new LiveHub(db.url, 'live_a', silentLog), new LiveHub(db.url, 'live_a', silentLog), new LiveHub(db.url, 'live_b', silentLog)];
    await Promise.all(hubs.map((h) => h.start()));
  });
  afterAll(async () => {
    await Promise.all(hubs.map((h) => h.stop()));
    await orm.close(true);
    await db.drop();
  });

  it('sends nothing when the change rolls back, and the event once to every instance when it commits', async () => {
    const [one, two, elsewhere] = hubs.map((h) => h.subscribe('report.progress', 'r-1'));
    const other = hubs[0].subscribe('report.progress', 'r-2');
    await expect(
      orm.em.fork().transactional(async (tx) => {
        await publishLive(tx, { topic: 'report.progress', key: 'r-1', data: { status: 'REJECTED' } });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await orm.em.fork().transactional((tx) => publishLive(tx, { topic: 'report.progress', key: 'r-1', data: { status: 'DISPATCHED' } }));
    const event = { topic: 'report.progress', key: 'r-1', data: { status: 'DISPATCHED' } };
    expect(await next(one)).toEqual(event);
    expect(await next(two)).toEqual(event);
    expect(await next(one, 200)).toBe('nothing'); // once, and the rolled-back one never
    expect(await next(other, 200)).toBe('nothing'); // another key
    expect(await next(elsewhere, 200)).toBe('nothing'); // another subgraph's channel
    await Promise.all([one, two, elsewhere, other].map((it) => it.return!()));
    expect(hubs.map((h) => h.subscriberCount)).toEqual([0, 0, 0]);
  });

  it('ends open subscriptions when the hub stops (the server shuts down)', async () => {
    const hub = new LiveHub(db.url, 'live_a', silentLog);
    await hub.start();
    const it = hub.subscribe('case.updated', 'u-1');
    const pending = it.next();
    await hub.stop();
    expect(await pending).toEqual({ value: undefined, done: true });
  });
});
