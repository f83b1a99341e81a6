import { seedId } from '../../../kernel/db/seed-id';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { participation } from '..';

const LIST = `query { reports(first: 100) { totalCount edges { node { id } } } }`;

/** Who sees which reports: officers their own and their unit's, unit supervisors their unit's, ADMIN all. */
describe('report visibility by unit', () => {
  let h: SubgraphHarness;
  const YUNSHAN = seedId('unit', 'yunshan');
  const total = async (as: ReturnType<typeof actors.admin>) => (await h.execute<{ reports: { totalCount: number } }>(LIST, {}, as)).data!.reports.totalCount;
  const count = async (where: string, params: unknown[] = []) =>
    (await h.em().getConnection().execute(`select count(*)::int as n from participation.report where ${where}`, params))[0].n as number;

  beforeAll(async () => {
    h = await startSubgraph(participation, { seeded: true });
  });
  afterAll(() => h.stop());

  it('shows a unit supervisor exactly the reports dispatched to their unit', async () => {
    expect(await total(actors.supervisor('sup-yunshan', YUNSHAN))).toBe(await count('unit_id = ?', [YUNSHAN]));
    expect(await count('unit_id = ?', [YUNSHAN])).toBeGreaterThan(0);
  });

  it('shows an officer the reports assigned to them plus their unit’s', async () => {
    const [{ assigned_officer_id: officer }] = await h
      .em()
      .getConnection()
      .execute(`select assigned_officer_id from participation.report where assigned_officer_id is not null and unit_id <> ? limit 1`, [YUNSHAN]);
    const expected = await count('assigned_officer_id = ? or unit_id = ?', [officer, YUNSHAN]);
    expect(await total(actors.officer(officer, YUNSHAN))).toBe(expected);
  });

  it('shows ADMIN and bureau-level supervisors everything', async () => {
    const all = await count('true');
    expect(await total(actors.admin())).toBe(all);
    expect(await total(actors.supervisor('sup-bureau'))).toBe(all);
  });
});
