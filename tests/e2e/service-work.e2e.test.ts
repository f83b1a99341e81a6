import {
  AllocateStallsDocument,
  ApplyForStallDocument,
  BindMerchantOperatorDocument,
  EscalateVisitConcernDocument,
  MerchantVisitCasesDocument,
  MyStallApplicationsDocument,
  RecordMerchantVisitDocument,
  RevokeStallPermitDocument,
  WarnStallPermitHolderDocument,
  WorkMixDocument,
} from '../__generated__/graphql';
import { demoOfficerId } from '../../kernel/demo/demo-roster';
import { seedId } from '../../kernel/db/seed-id';
import { SQUAD_KEYS } from '../../subgraphs/service/seed/seed-merchant-visits';
import { execute } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

/**
 * Issue 11 through the gateway: the 721 split over all work (enforcement's decisions + the service subgraph's work,
 * joined by @requires), a visit concern that becomes a case exactly once (outbox both ways), and a stall permit
 * applied for by the merchant's own operator only, warned, then revoked with the stall freed.
 */
describe('service work across the graph, through the gateway', () => {
  let stack: Stack;
  const lanjiang = seedId('unit', 'lanjiang');
  const year = { from: new Date(Date.now() - 365 * 86_400_000).toISOString(), to: new Date().toISOString() };
  const deliver = async () => {
    await stack.servers.service.runJobsOnce();
    await stack.servers.enforcement.runJobsOnce();
    await stack.servers.service.runJobsOnce();
  };

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
  });
  afterAll(() => stack.stop());

  it('answers the bureau’s 721 split over all three kinds of work, with shares summing to 1 and the distance from 70/20/10', async () => {
    const res = await execute(stack.gatewayUrl, WorkMixDocument, { period: year }, { token: await tokenFor('ADMIN', 'admin-721') });
    expect(res.errors).toBeUndefined();
    const mix = res.data!.workMix;
    expect(mix.split.shares.map((s) => s.kind)).toEqual(['SERVICE', 'MANAGEMENT', 'ENFORCEMENT']);
    expect(mix.split.shares.every((s) => s.items > 0)).toBe(true);
    expect(mix.split.shares[2].items).toBe(mix.penalties);
    expect(mix.split.shares[1].items).toBe(mix.split.managementTasks + mix.warnings + mix.rectificationNotices);
    expect(mix.split.shares.reduce((sum, s) => sum + s.share!, 0)).toBeCloseTo(1, 3);
    expect(mix.split.shares[0].share!).toBeGreaterThan(0.6); // the demo bureau practises 721: service is most of its work
    expect(mix.split.distanceFrom721).toEqual(expect.any(Number));
  });

  it('shows the demo bureau practising 721: its year is within 0.05 of 70/20/10, and every squad does service first', async () => {
    const token = await tokenFor('ADMIN', 'admin-721');
    const res = await execute(stack.gatewayUrl, WorkMixDocument, { period: year }, { token });
    const shares = Object.fromEntries(res.data!.workMix.split.shares.map((s) => [s.kind, s.share!]));
    expect(res.data!.workMix.split.distanceFrom721).toBeLessThanOrEqual(0.05);
    expect(shares.SERVICE).toBeGreaterThan(0.65);
    expect(shares.MANAGEMENT).toBeGreaterThan(0.15);
    expect(shares.ENFORCEMENT).toBeLessThan(0.15);
    // town squads with markets and service points are above 70 % service, rural squads lower but still service first
    for (const squad of SQUAD_KEYS) {
      const own = await execute(stack.gatewayUrl, WorkMixDocument, { period: year, unitId: seedId('unit', squad) }, { token });
      const [service, management, enforcement] = own.data!.workMix.split.shares.map((s) => s.share!);
      expect({ squad, plausible: service > 0.5 && service > management && management > enforcement }).toEqual({ squad, plausible: true });
    }
  });

  it('shows a supervisor the split of their own squad only', async () => {
    const sup = await tokenFor('SUPERVISOR', 'sup-lanjiang', { unit: lanjiang });
    const own = await execute(stack.gatewayUrl, WorkMixDocument, { period: year, unitId: lanjiang }, { token: sup });
    expect(own.errors).toBeUndefined();
    expect(own.data!.workMix).toMatchObject({ unitId: lanjiang, split: { visits: expect.any(Number), stallAllocations: expect.any(Number) } });
    const other = await execute(stack.gatewayUrl, WorkMixDocument, { period: year, unitId: seedId('unit', 'chixi') }, { token: sup });
    expect(other.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('turns a visit concern not solved on the spot into one case in enforcement that links back to the visit', async () => {
    const officer = await tokenFor('OFFICER', demoOfficerId(6), { unit: lanjiang });
    const recorded = await execute(
      stack.gatewayUrl,
      RecordMerchantVisitDocument,
      {
        input: {
          merchantId: seedId('merchant', 'm-1-0'),
          gridCode: 'LX-LJ-02',
          visitedAt: new Date(Date.now() - 3_600_000).toISOString(),
          note: '回访门前乱扔问题',
          concerns: [
            { topic: 'SANITATION', description: '门前反复乱扔烟头，劝导无效', resolution: 'MANAGEMENT_TASK', resolutionNote: '劝导两次未改，拟转立案' },
          ],
        },
      },
      { token: officer },
    );
    expect(recorded.errors).toBeUndefined();
    const visit = recorded.data!.recordMerchantVisit.visit;
    const concernId = visit.concerns[0].id;
    const escalated = await execute(stack.gatewayUrl, EscalateVisitConcernDocument, { input: { concernId, violationTypeCode: 'LT-01' } }, { token: officer });
    expect(escalated.data!.escalateVisitConcern.concern).toMatchObject({ id: concernId, escalatedAt: expect.any(String), caseNumber: null });

    await deliver();
    await deliver(); // a second relay run delivers nothing new
    const again = await execute(stack.gatewayUrl, EscalateVisitConcernDocument, { input: { concernId, violationTypeCode: 'LT-01' } }, { token: officer });
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.concernId' });

    const seen = await execute(stack.gatewayUrl, MerchantVisitCasesDocument, { id: visit.id }, { token: officer });
    expect(seen.errors).toBeUndefined();
    const concern = seen.data!.merchantVisit.concerns[0];
    expect(concern).toMatchObject({ caseNumber: expect.stringMatching(/^ZF-\d{4}-\d{6}$/), escalationRefusal: null });
    expect(concern.case).toEqual({
      id: expect.any(String),
      number: concern.caseNumber,
      source: 'MERCHANT_VISIT',
      status: 'REPORTED',
      sourceVisit: { id: visit.id },
    });
    const rows = await stack.servers.enforcement.orm.em
      .fork()
      .execute(`select count(*)::int as n from enforcement."case" where source_visit_concern_id = ?`, [concernId]);
    expect(rows[0]).toEqual({ n: 1 });
  });

  it("lets only the merchant's verified operator apply; the squad warns, then revokes, and the stall is free again", async () => {
    const zoneId = seedId('vending-zone', 'lanjiang-night');
    const merchantId = seedId('merchant', 'm-8-1');
    const staff = await tokenFor('OFFICER', demoOfficerId(7), { unit: lanjiang });
    const operator = await tokenFor('CITIZEN', 'operator-m-8-1');
    const stranger = await execute(
      stack.gatewayUrl,
      ApplyForStallDocument,
      { input: { zoneId, merchantId } },
      { token: await tokenFor('CITIZEN', 'not-the-operator') },
    );
    expect(stranger.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });

    await stack.servers.enforcement.runJobsOnce(); // credit files reach the service subgraph
    expect(
      (await execute(stack.gatewayUrl, BindMerchantOperatorDocument, { input: { merchantId, subject: 'operator-m-8-1' } }, { token: staff })).errors,
    ).toBeUndefined();
    const applied = await execute(stack.gatewayUrl, ApplyForStallDocument, { input: { zoneId, merchantId } }, { token: operator });
    expect(applied.data!.applyForStall.permit.status).toBe('WAITLISTED');
    const round = await execute(stack.gatewayUrl, AllocateStallsDocument, { input: { zoneId } }, { token: staff });
    const permit = round.data!.allocateStalls.allocated.find((p) => p.merchant.id === merchantId)!;

    const early = await execute(stack.gatewayUrl, RevokeStallPermitDocument, { input: { permitId: permit.id, reason: '多次超出摊位经营' } }, { token: staff });
    expect(early.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.permitId' });
    const warned = await execute(
      stack.gatewayUrl,
      WarnStallPermitHolderDocument,
      { input: { permitId: permit.id, reason: '超出摊位线经营，请整改' } },
      { token: staff },
    );
    expect(warned.data!.warnStallPermitHolder.permit).toMatchObject({ status: 'ALLOCATED', warningCount: 1 });
    const revoked = await execute(
      stack.gatewayUrl,
      RevokeStallPermitDocument,
      { input: { permitId: permit.id, reason: '警告后仍多次超出摊位经营' } },
      { token: staff },
    );
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeStallPermit.permit).toMatchObject({
      status: 'REVOKED',
      revocationReason: '警告后仍多次超出摊位经营',
      stall: { number: permit.stall!.number, status: 'FREE' },
    });

    const mine = await execute(stack.gatewayUrl, MyStallApplicationsDocument, { first: 5 }, { token: operator });
    expect(mine.data!.myStallApplications.edges.map((e) => e.node.status)).toEqual(['REVOKED']);
  });
});
