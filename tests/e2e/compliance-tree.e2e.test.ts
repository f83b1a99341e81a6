import { seedId } from '../../kernel/db/seed-id';
import { TrainingComplianceTreeDocument } from '../__generated__/graphql';
import { execute, executeRaw } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

const CORRECT = `mutation($input: CorrectCertificationInput!) { correctCertification(input: $input) { certification { expiresOn suspended } } }`;
const unit = (key: string) => seedId('unit', key);
const shanghaiDay = (offsetDays: number) => new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

/**
 * 培训合规 rolled up the unit tree (issue 10): a supervisor sees, per squad, brigade and bureau, how many certificates
 * are expiring or expired and how many officers may not be on duty (持证上岗). Three certified, eligible officers of
 * one squad of 城区大队 are changed by a trainer through the graph: one certificate expired yesterday, one expires in 30 days, one
 * suspended. The squad, 城区大队 and the bureau each count all three; 乡镇大队 counts none.
 */
describe('trainingCompliance per unit and rolled up to brigade and bureau, through the gateway', () => {
  let stack: Stack;
  let trainer: string;
  let supervisor: string;
  let year: number;
  let officers: [expired: string, expiring: string, suspended: string];
  let squad: string;

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    trainer = await tokenFor('TRAINER', 'trainer-compliance-tree');
    supervisor = await tokenFor('SUPERVISOR', 'sup-compliance-tree', { unit: unit('urban') });
    year = Number(shanghaiDay(0).slice(0, 4));
    // three certified officers of one squad of 城区大队; the one with most hours this year (on pace) gets the expiring certificate
    const rows = await stack.servers.training.orm.em
      .fork()
      .getConnection()
      .execute<{ officer_id: string; unit_id: string; hours: string }[]>(
        `with ok as (select p.officer_id, p.unit_id,
                (select coalesce(sum(h.hours), 0) from training.training_hours_entry h where h.officer_id = p.officer_id and h.year = ?) as hours
           from training.training_profile p join training.unit_tree u on u.unit_id = p.unit_id and u.parent_unit_id = ?
          where exists (select 1 from training.certification c where c.officer_id = p.officer_id))
         select * from ok where unit_id = (select unit_id from ok group by unit_id having count(*) >= 3 order by unit_id limit 1)
         order by hours desc, officer_id limit 3`,
        [year, unit('urban')],
      );
    expect(rows).toHaveLength(3);
    expect(Number(rows[0].hours)).toBeGreaterThanOrEqual(40);
    squad = rows[0].unit_id;
    officers = [rows[1].officer_id, rows[0].officer_id, rows[2].officer_id];
  });
  afterAll(() => stack.stop());

  const report = async (variables: { unitId?: string; officerIds?: string[] }, token = trainer) => {
    const res = await execute(stack.gatewayUrl, TrainingComplianceTreeDocument, { year, ...variables }, { token });
    expect(res.errors).toBeUndefined();
    return res.data!.trainingCompliance;
  };
  const rowsByUnit = async (variables: { unitId?: string; officerIds?: string[] } = {}) =>
    new Map((await report(variables)).byUnitTree.map((r) => [r.unit.id, r]));
  const correct = async (officerId: string, change: { expiresOn?: string; suspended?: boolean }) => {
    const res = await executeRaw(
      stack.gatewayUrl,
      CORRECT,
      { input: { officerId, reason: '合规统计测试：更正证书', ...change } },
      { authorization: `Bearer ${trainer}` },
    );
    expect(res.errors).toBeUndefined();
  };

  it('lists the bureau, its brigades and their squads depth first, each counting its whole subtree', async () => {
    const tree = (await report({})).byUnitTree;
    expect(tree.slice(0, 2).map((r) => [r.shortName, r.depth, r.parentUnit?.id ?? null])).toEqual([
      ['执法局', 0, null],
      ['城区大队', 1, unit('bureau')],
    ]);
    expect(tree).toHaveLength(14);
    for (const brigade of tree.filter((r) => r.depth === 1)) {
      const squads = tree.filter((r) => r.parentUnit?.id === brigade.unit.id);
      expect(brigade.stats.officerCount).toBe(brigade.directOfficerCount + squads.reduce((n, s) => n + s.stats.officerCount, 0));
      for (const key of ['certificationExpiredCount', 'dutyIneligibleCount'] as const) {
        expect(brigade.stats[key]).toBeGreaterThanOrEqual(squads.reduce((n, s) => n + s.stats[key], 0));
      }
    }
  });

  it('counts an expired, an expiring and a suspended certificate in the squad, its brigade and the bureau', async () => {
    const before = await rowsByUnit();
    const narrowedBefore = (await report({ officerIds: officers })).overall;
    const [expired, expiring, suspended] = officers;
    await correct(expired, { expiresOn: shanghaiDay(-1), suspended: false });
    await correct(expiring, { expiresOn: shanghaiDay(30), suspended: false });
    await correct(suspended, { expiresOn: shanghaiDay(400), suspended: true });

    const only = await report({ officerIds: officers });
    const expected = {
      officerCount: 3,
      certificationExpiringCount: 1,
      certificationExpiredCount: 1,
      certificationSuspendedCount: 1,
      notCertifiedCount: 0,
      dutyIneligibleCount: 2,
    };
    expect(only.overall).toMatchObject(expected);
    const rows = new Map(only.byUnitTree.map((r) => [r.unit.id, r.stats]));
    for (const id of [squad, unit('urban'), unit('bureau')]) {
      expect(rows.get(id)).toMatchObject(expected);
    }
    expect(rows.get(unit('towns'))).toMatchObject({ officerCount: 0, certificationExpiredCount: 0, dutyIneligibleCount: 0, hoursCoverage: null });

    const after = await rowsByUnit();
    for (const id of [squad, unit('urban'), unit('bureau')]) {
      const [b, a] = [before.get(id)!.stats, after.get(id)!.stats];
      for (const k of ['certificationExpiredCount', 'certificationExpiringCount', 'certificationSuspendedCount', 'dutyIneligibleCount'] as const) {
        expect(a[k] - b[k]).toBe(only.overall[k] - narrowedBefore[k]);
      }
    }
    expect(after.get(unit('towns'))!.stats).toEqual(before.get(unit('towns'))!.stats);
  });

  it('starts the tree at a brigade given as unitId and counts only its officers', async () => {
    const brigade = await report({ unitId: unit('urban') });
    expect(brigade.byUnitTree.map((r) => r.depth)).toEqual([0, 1, 1, 1, 1, 1, 1]);
    expect(brigade.overall).toEqual(brigade.byUnitTree[0].stats);
    const bureau = await rowsByUnit();
    expect(brigade.byUnitTree[0].stats).toEqual(bureau.get(unit('urban'))!.stats);
  });

  it('shows a brigade’s supervisor their brigade and its squads by default, and refuses another brigade', async () => {
    const own = await report({}, supervisor);
    expect(own.byUnitTree[0]).toMatchObject({ unit: { id: unit('urban') }, depth: 0 });
    expect(own.byUnitTree.map((r) => r.unit.id)).not.toContain(unit('bureau'));
    expect(own.byUnitTree.map((r) => r.unit.id)).not.toContain(unit('towns'));
    expect(own.overall).toEqual((await rowsByUnit()).get(unit('urban'))!.stats);
    expect((await report({ unitId: squad }, supervisor)).byUnitTree[0].unit.id).toBe(squad);
    const other = await execute(stack.gatewayUrl, TrainingComplianceTreeDocument, { year, unitId: unit('towns') }, { token: supervisor });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(other.data?.trainingCompliance ?? null).toBeNull();
  });

  it('answers NOT_FOUND on unitId for a unit the tree lacks, and FORBIDDEN to an officer', async () => {
    const unknown = await execute(stack.gatewayUrl, TrainingComplianceTreeDocument, { year, unitId: seedId('unit', 'nowhere') }, { token: supervisor });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'unitId' });
    const officer = await tokenFor('OFFICER', officers[0], { unit: squad });
    const refused = await execute(stack.gatewayUrl, TrainingComplianceTreeDocument, { year }, { token: officer });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(refused.data?.trainingCompliance ?? null).toBeNull();
  });
});
