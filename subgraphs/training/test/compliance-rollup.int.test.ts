import { seedId } from '../../../kernel/db/seed-id';
import { DEMO_OFFICER_COUNT, demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { Certification } from '../certification/certification.entity';
import { shanghaiDate } from '../enrollment/shanghai-date';
import { rosterReplica } from '../seed/roster-replica';
import { training } from '..';

const ROLLUP = `query($unitId: ID) { trainingComplianceRollup(unitId: $unitId) { asOf units { unit { id } parentUnit { id } shortName depth directOfficerCount
  stats { officerCount trainingCompleteCount trainingCompleteShare dutyEligibleCount dutyEligibleShare certificationExpiringCount certificationExpiredCount certificationSuspendedCount notCertifiedCount } } } }`;
const GAPS = `query($year: Int!) { trainingCompliance(year: $year) { gaps { officer { id } } } }`;
const ELIGIBLE = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Officer { id dutyEligible { eligible } } } }`;
type Stats = Record<string, number | null>;
type UnitRow = { unit: { id: string }; parentUnit: { id: string } | null; shortName: string; depth: number; directOfficerCount: number; stats: Stats };
type Rollup = { trainingComplianceRollup: { asOf: string; units: UnitRow[] } };
const unit = (key: string) => seedId('unit', key);

describe('training compliance roll-up per unit and sub-units (issue 10)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
  });
  afterAll(() => h.stop());

  const rollup = async (unitId: string | null, as = actors.trainer()) => h.execute<Rollup>(ROLLUP, { unitId }, as);
  const byUnit = async (unitId: string | null = null) => new Map((await rollup(unitId)).data!.trainingComplianceRollup.units.map((u) => [u.unit.id, u]));

  it('answers the whole bureau depth first, each unit counting its sub-units’ officers', async () => {
    const res = await rollup(null);
    expect(res.errors).toBeUndefined();
    const { asOf, units } = res.data!.trainingComplianceRollup;
    expect(asOf).toBe(shanghaiDate(new Date()));
    expect(units).toHaveLength(14);
    expect(units.slice(0, 2).map((u) => [u.shortName, u.depth])).toEqual([
      ['执法局', 0],
      ['城区大队', 1],
    ]);
    expect(units[0].stats.officerCount).toBe(DEMO_OFFICER_COUNT);
    const rows = new Map(units.map((u) => [u.unit.id, u]));
    for (const brigade of units.filter((u) => u.depth === 1)) {
      const squads = units.filter((u) => u.parentUnit?.id === brigade.unit.id);
      expect(brigade.stats.officerCount).toBe(brigade.directOfficerCount + squads.reduce((s, q) => s + q.stats.officerCount!, 0));
      expect(brigade.stats.dutyEligibleCount).toBeGreaterThanOrEqual(squads.reduce((s, q) => s + q.stats.dutyEligibleCount!, 0));
    }
    const yunshan = rosterReplica().filter((r) => r.unitId === unit('yunshan')).length;
    expect(rows.get(unit('yunshan'))!.stats.officerCount).toBe(yunshan);
  });

  it('agrees with trainingCompliance’s gap list and with each officer’s dutyEligible', async () => {
    const rows = await byUnit();
    const bureau = rows.get(unit('bureau'))!.stats;
    const year = Number(shanghaiDate(new Date()).slice(0, 4));
    const gaps = await h.execute<{ trainingCompliance: { gaps: unknown[] } }>(GAPS, { year }, actors.trainer());
    expect(bureau.trainingCompleteCount).toBe(DEMO_OFFICER_COUNT - gaps.data!.trainingCompliance.gaps.length);
    const reps = Array.from({ length: DEMO_OFFICER_COUNT }, (_, i) => ({ __typename: 'Officer', id: demoOfficerId(i) }));
    const eligible = await h.execute<{ _entities: { dutyEligible: { eligible: boolean } }[] }>(ELIGIBLE, { reps }, actors.trainer());
    expect(bureau.dutyEligibleCount).toBe(eligible.data!._entities.filter((e) => e.dutyEligible.eligible).length);
    expect(bureau).toMatchObject({ notCertifiedCount: 2, certificationSuspendedCount: 1 });
  });

  it('counts a certificate that has just expired in its squad, brigade and bureau', async () => {
    const officer = rosterReplica().find((r) => r.unitId === unit('lanjiang'))!.officerId;
    const before = await byUnit();
    await h.em().nativeUpdate(Certification, { officerId: officer }, { expiresOn: '2020-01-01' });
    const after = await byUnit();
    for (const key of ['lanjiang', 'urban', 'bureau']) {
      expect(after.get(unit(key))!.stats.certificationExpiredCount).toBe(before.get(unit(key))!.stats.certificationExpiredCount! + 1);
    }
    expect(after.get(unit('towns'))!.stats).toEqual(before.get(unit('towns'))!.stats);
  });

  it('shows a supervisor their own brigade and below, and refuses another brigade with FORBIDDEN', async () => {
    const own = await rollup(null, actors.supervisor('sup-urban', unit('urban')));
    expect(own.errors).toBeUndefined();
    expect(own.data!.trainingComplianceRollup.units.map((u) => u.depth)).toEqual([0, 1, 1, 1, 1, 1, 1]);
    const squad = await rollup(unit('yunshan'), actors.supervisor('sup-urban', unit('urban')));
    expect(squad.data!.trainingComplianceRollup.units.map((u) => u.unit.id)).toEqual([unit('yunshan')]);
    const other = await rollup(unit('towns'), actors.supervisor('sup-urban', unit('urban')));
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const unknown = await rollup(seedId('unit', 'nowhere'));
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'unitId' });
  });
});
