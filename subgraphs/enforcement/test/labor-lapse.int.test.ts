import { systemActor } from '../../../kernel/server/create-subgraph-server';
import type { SubgraphServer } from '../../../kernel/server/create-subgraph-server';
import { startSecondInstance, startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { enforcement } from '../index';
import { laborLapseJob } from '../labor/labor.service';

describe('labor-lapse job with two instances of enforcement', () => {
  let h: SubgraphHarness;
  let second: SubgraphServer;
  beforeAll(async () => {
    h = await startSubgraph(enforcement, { seeded: true });
    second = await startSecondInstance(enforcement, h);
  });
  afterAll(async () => {
    await second.stop();
    await h.stop();
  });

  it('lapses each overdue labor-in-lieu disposition once when both instances run the job at the same moment', async () => {
    const sql = h.em().getConnection();
    const overdue: { id: string }[] = await sql.execute(
      `update enforcement.disposition set labor_status = 'ASSIGNED', labor_due_at = now() - interval '1 hour'
        where id in (select distinct on (case_id) id from enforcement.disposition where kind = 'LABOR_IN_LIEU' order by case_id, id limit 20)
        returning id`,
    );
    expect(overdue.length).toBeGreaterThan(5);
    const run = (server: SubgraphServer) =>
      laborLapseJob.run({ scope: server.createScope(systemActor('enforcement')), peerUrl: () => undefined, identitySecret: h.config.identity.secret });
    const lapsedByEach = await Promise.all([run(h.server), run(second)]); // neither run fails, together they lapse each once
    expect((lapsedByEach as number[]).reduce((a, b) => a + b, 0)).toBe(overdue.length);
    const rows: { labor_status: string; events: number }[] = await sql.execute(
      `select d.labor_status, (select count(*)::int from enforcement.case_event e where e.case_id = d.case_id and e.action = 'LABOR_LAPSED') as events
         from enforcement.disposition d where d.id in (${overdue.map(() => '?').join(', ')})`,
      overdue.map((d) => d.id),
    );
    expect(rows).toEqual(overdue.map(() => ({ labor_status: 'LAPSED', events: 1 })));
  });
});
