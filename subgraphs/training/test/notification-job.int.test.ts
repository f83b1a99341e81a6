import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { systemActor } from '../../../kernel/server/create-subgraph-server';
import type { SubgraphServer } from '../../../kernel/server/create-subgraph-server';
import { chinaDate } from '../../../kernel/time/china-time';
import { actors } from '../../../tests/harness/actors';
import { startSecondInstance, startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { notificationJob, produceNotices } from '../notification/notification.job';
import { officerNotices } from '../notification/notice-facts';
import { training } from '..';

const inDays = (n: number) => chinaDate(new Date(Date.now() + n * 86_400_000));
type Row = { officer_id: string; dedup_key: string; kind: string; title: string; body: string; read_at: Date | null };

/** Issue 10: "produced once each by jobs, never duplicated when two instances run". */
describe('the notification job with two instances of training', () => {
  let h: SubgraphHarness;
  let second: SubgraphServer;
  const sql = () => h.em().getConnection();
  const stored = (): Promise<Row[]> =>
    sql().execute(`select officer_id, dedup_key, kind, title, body, read_at from training.officer_notification order by officer_id, dedup_key`);
  const expectedKeys = async (today: string) => {
    const ids: { officer_id: string }[] = await sql().execute(`select distinct officer_id from training.training_profile`);
    return (
      await officerNotices(
        h.em(),
        ids.map((r) => r.officer_id),
        today,
      )
    ).map((n) => `${n.officerId}|${n.notice.key}`);
  };

  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
    second = await startSecondInstance(training, h);
    // the calendar moves on: a course of officer 5 falls due in 2 days, officer 6's certification expires in 30
    await sql().execute(
      `update training.enrollment set due_on = ?, status = 'IN_PROGRESS', completed_at = null, assigned_by = 'trainer-seed'
        where id = (select id from training.enrollment where officer_id = ? order by id limit 1)`,
      [inDays(2), demoOfficerId(5)],
    );
    await sql().execute(`update training.certification set expires_on = ?, suspended = false where officer_id = ?`, [inDays(30), demoOfficerId(6)]);
    await sql().execute(`delete from training.officer_notification`);
  });
  afterAll(async () => {
    await second.stop();
    await h.stop();
  });

  it('stores each notice exactly once when both instances run the job at the same moment', async () => {
    const run = (server: SubgraphServer) =>
      notificationJob.run({ scope: server.createScope(systemActor('training')), peerUrl: () => undefined, identitySecret: h.config.identity.secret });
    const storedByEach = (await Promise.all([run(h.server), run(second)])) as number[];
    const rows = await stored();
    const keys = rows.map((r) => `${r.officer_id}|${r.dedup_key}`);
    expect(storedByEach[0] + storedByEach[1]).toBe(rows.length); // neither run failed; together they stored each once
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual((await expectedKeys(inDays(0))).sort());
    const mine = (officer: number) => rows.filter((r) => r.officer_id === demoOfficerId(officer)).map((r) => [r.kind, r.title, r.body]);
    expect(mine(5)).toContainEqual(['DUE_SOON', '即将截止', expect.stringMatching(new RegExp(`将于 ${inDays(2)} 截止$`))]);
    expect(mine(6)).toContainEqual(['CERTIFICATION_EXPIRING', '执法资格即将到期', `执法资格将于 ${inDays(30)} 到期（提前30天提醒），请及时换证`]);
  });

  it('adds no duplicate on the next day, only what became true that day, and keeps read marks', async () => {
    const first = await stored();
    const key = first.find((r) => r.officer_id === demoOfficerId(5) && r.kind === 'DUE_SOON')!.dedup_key;
    const read = await h.execute(
      `mutation($keys: [String!]!) { markTrainingNotificationsRead(input: { keys: $keys }) { markedCount } }`,
      { keys: [key] },
      actors.officer(demoOfficerId(5)),
    );
    expect(read.data).toEqual({ markTrainingNotificationsRead: { markedCount: 1 } });

    const tomorrow = inDays(1);
    const added = await Promise.all([produceNotices(h.em(), tomorrow), produceNotices(second.orm.em.fork(), tomorrow)]);
    const rows = await stored();
    const union = new Set([...first.map((r) => `${r.officer_id}|${r.dedup_key}`), ...(await expectedKeys(tomorrow))]);
    expect(rows.map((r) => `${r.officer_id}|${r.dedup_key}`).sort()).toEqual([...union].sort());
    expect(added[0] + added[1]).toBe(rows.length - first.length);
    expect(rows.filter((r) => r.officer_id === demoOfficerId(5) && r.kind === 'DUE_SOON').map((r) => [r.dedup_key, r.read_at !== null])).toEqual([[key, true]]);
    expect(rows.filter((r) => r.officer_id === demoOfficerId(6) && r.kind === 'CERTIFICATION_EXPIRING')).toHaveLength(1);
  });
  it('carries a read mark made before notices were stored (notification_read) over to the stored notice', async () => {
    const [row] = (await stored()).filter((r) => r.officer_id === demoOfficerId(6) && r.kind === 'CERTIFICATION_EXPIRING');
    await sql().execute(`delete from training.officer_notification where officer_id = ? and dedup_key = ?`, [row.officer_id, row.dedup_key]);
    await sql().execute(
      `insert into training.notification_read (id, created_at, updated_at, officer_id, notification_key) values (gen_random_uuid(), now(), now(), ?, ?)`,
      [row.officer_id, row.dedup_key],
    );
    expect(await produceNotices(h.em(), inDays(0), [demoOfficerId(6)])).toBe(1);
    const again = (await stored()).filter((r) => r.officer_id === demoOfficerId(6) && r.dedup_key === row.dedup_key);
    expect(again.map((r) => r.read_at !== null)).toEqual([true]);
  });
});
