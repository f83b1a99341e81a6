import {
  AllocateStallsDocument,
  ApplyForStallDocument,
  BindMerchantOperatorDocument,
  MyStallApplicationsDocument,
  OfficerServiceWorkDocument,
  ServicePointsDocument,
} from '../__generated__/graphql';
import { demoOfficerId } from '../../kernel/demo/demo-roster';
import { seedId } from '../../kernel/db/seed-id';
import { execute } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

/**
 * Stall priority across the graph: enforcement's credit files reach the service subgraph through the outbox;
 * the vendor applies and follows the application through the gateway; allocation puts level A before level C.
 */
describe('stall allocation by merchant credit, through the gateway', () => {
  let stack: Stack;
  const zoneId = seedId('vending-zone', 'chixi-point');
  const squad = seedId('unit', 'chixi');
  const byLevel: Record<string, string[]> = {};

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    await stack.servers.enforcement.runJobsOnce(); // the relay delivers the demo merchants' credit files
    const sql = stack.servers.service.orm.em.fork();
    for (const r of await sql.execute<{ merchant_id: string; level: string; blacklisted: boolean }[]>(
      `select merchant_id, level, blacklisted from service.merchant_credit order by merchant_id`,
    )) {
      (byLevel[r.blacklisted ? 'BLACK' : r.level] ??= []).push(r.merchant_id);
    }
    // staff verify each vendor as the operator of the merchant they apply for
    const staff = await tokenFor('OFFICER', '00000000-0000-4000-8000-00000000c0de', { unit: squad });
    for (const [subject, merchantId] of [
      ['vendor-c', byLevel.C[0]],
      ['vendor-a', byLevel.A[0]],
      ['vendor-black', byLevel.BLACK[0]],
    ] as const) {
      await execute(stack.gatewayUrl, BindMerchantOperatorDocument, { input: { merchantId, subject } }, { token: staff });
    }
    // one free stall left in the zone, so the two applicants compete for it
    await sql.execute(`update service.stall set status = 'OUT_OF_SERVICE' where zone_id = ? and number <> 'A-01'`, [zoneId]);
  });
  afterAll(() => stack.stop());

  it("delivers every demo merchant's credit level from enforcement, including the blacklist", () => {
    expect(Object.keys(byLevel).sort()).toEqual(expect.arrayContaining(['A', 'BLACK', 'C']));
  });

  it('gives the free stall to the level-A merchant although the level-C one applied first; the C vendor sees the waitlist', async () => {
    const [cMerchant, aMerchant] = [byLevel.C[0], byLevel.A[0]];
    const cVendor = await tokenFor('CITIZEN', 'vendor-c');
    const c = await execute(stack.gatewayUrl, ApplyForStallDocument, { input: { zoneId, merchantId: cMerchant } }, { token: cVendor });
    expect(c.errors).toBeUndefined();
    expect(c.data!.applyForStall.permit).toMatchObject({ status: 'WAITLISTED', merchant: { id: cMerchant, creditFile: { level: 'C' } } });
    const a = await execute(
      stack.gatewayUrl,
      ApplyForStallDocument,
      { input: { zoneId, merchantId: aMerchant } },
      { token: await tokenFor('CITIZEN', 'vendor-a') },
    );
    expect(a.data!.applyForStall.permit.waitlistPosition).toBe(1);

    const officer = await tokenFor('OFFICER', '00000000-0000-4000-8000-00000000c0de', { unit: squad });
    const round = await execute(stack.gatewayUrl, AllocateStallsDocument, { input: { zoneId } }, { token: officer });
    expect(round.errors).toBeUndefined();
    expect(round.data!.allocateStalls).toMatchObject({
      allocated: [{ merchant: { id: aMerchant, creditFile: { level: 'A' } }, stall: { number: 'A-01' }, creditLevelAtDecision: 'A' }],
      stillWaiting: 1,
    });

    const mine = await execute(stack.gatewayUrl, MyStallApplicationsDocument, { first: 5 }, { token: cVendor });
    expect(mine.data!.myStallApplications.edges.map((e) => e.node)).toMatchObject([
      { status: 'WAITLISTED', waitlistPosition: 1, zone: { name: '赤溪便民疏导点' }, stall: null },
    ]);
  });

  it('refuses a blacklisted merchant and tells the vendor why, with the credit file from enforcement', async () => {
    const black = byLevel.BLACK[0];
    const res = await execute(
      stack.gatewayUrl,
      ApplyForStallDocument,
      { input: { zoneId, merchantId: black } },
      { token: await tokenFor('CITIZEN', 'vendor-black') },
    );
    expect(res.data!.applyForStall.permit).toMatchObject({
      status: 'REFUSED',
      decisionReason: expect.stringContaining('黑名单'),
      merchant: { creditFile: { blacklisted: true } },
    });
  });

  it('refuses an anonymous application with UNAUTHENTICATED', async () => {
    const res = await execute(stack.gatewayUrl, ApplyForStallDocument, { input: { zoneId, merchantId: byLevel.A[1] } });
    expect(res.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it("joins an officer's service work (visits, concerns solved on the spot) from the service subgraph to the officer from enforcement", async () => {
    const id = demoOfficerId(3);
    const period = { from: new Date(Date.now() - 365 * 86_400_000).toISOString(), to: new Date().toISOString() };
    const res = await execute(stack.gatewayUrl, OfficerServiceWorkDocument, { id, period }, { token: await tokenFor('SUPERVISOR', 'sup-service') });
    expect(res.errors).toBeUndefined();
    expect(res.data!.officer).toMatchObject({ id, name: expect.any(String), serviceWork: { visits: expect.any(Number), onTheSpotShare: expect.any(Number) } });
    expect(res.data!.officer.serviceWork!.visits).toBeGreaterThanOrEqual(4); // a visit a quarter in the demo (issue 11)
  });

  it('lists service points offering charging to an anonymous courier, with visit counts and the squad from enforcement', async () => {
    const res = await execute(stack.gatewayUrl, ServicePointsDocument, { filter: { amenity: 'CHARGING' }, first: 10 });
    expect(res.errors).toBeUndefined();
    const points = res.data!.servicePoints.edges.map((e) => e.node);
    expect(points.length).toBeGreaterThan(2);
    expect(points.every((p) => p.amenities.includes('CHARGING') && p.visitCount > 0 && p.unit.name.length > 0)).toBe(true);
  });
});
