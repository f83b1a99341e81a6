import { randomUUID } from 'node:crypto';

import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { service } from '..';
import { MerchantCreditLevel as L } from '../merchant/merchant-credit-level';
import { StallPermitStatus } from '../stall-permit/stall-permit-enums';
import { StallPermit } from '../stall-permit/stall-permit.entity';
import { BLACKLIST_REASON } from '../stall-permit/stall-priority';
import { StallStatus } from '../stall/stall-enums';
import { Stall } from '../stall/stall.entity';
import { ALLOCATE, APPLY, makeMerchant, makeZone, PERMIT } from './stall-fixtures';

const RENEW = `mutation($input: RenewStallPermitInput!) { renewStallPermit(input: $input) { permit { validUntil renewedAt } } }`;

interface Permit {
  id: string;
  status: string;
  decisionReason: string | null;
  waitlistPosition: number | null;
  merchant: { id: string };
}

describe('stall applications and allocation by credit (integration)', () => {
  let h: SubgraphHarness;
  const squad = randomUUID();
  const officer = actors.officer('officer-stalls', squad);
  const vendor = (n: number | string) => actors.citizen(`vendor-${n}`);
  const apply = async (zoneId: string, merchantId: string, as = vendor(merchantId)) =>
    await h.execute<{ applyForStall: { permit: Permit } }>(APPLY, { input: { zoneId, merchantId } }, as);

  beforeAll(async () => {
    h = await startSubgraph(service, { seeded: false });
  });
  afterAll(() => h.stop());

  it('allocates the one free stall to a level-A merchant before a level-C one who applied first', async () => {
    const zone = await makeZone(h, squad, 1);
    const [c, a] = [await makeMerchant(h, L.C), await makeMerchant(h, L.A)];
    const cPermit = (await apply(zone.id, c)).data!.applyForStall.permit;
    await apply(zone.id, a);
    const round = await h.execute<{
      allocateStalls: { allocated: { merchant: { id: string }; stall: { number: string }; creditLevelAtDecision: string }[]; stillWaiting: number };
    }>(ALLOCATE, { input: { zoneId: zone.id } }, officer);
    expect(round.errors).toBeUndefined();
    expect(round.data!.allocateStalls.allocated).toMatchObject([{ merchant: { id: a }, stall: { number: 'T-01' }, creditLevelAtDecision: 'A' }]);
    expect(round.data!.allocateStalls.stillWaiting).toBe(1);
    const followed = await h.execute<{ stallPermit: { status: string; waitlistPosition: number } }>(PERMIT, { id: cPermit.id }, vendor(c));
    expect(followed.data!.stallPermit).toEqual({ status: 'WAITLISTED', waitlistPosition: 1, stall: null, decisionReason: null });
  });

  it('refuses a blacklisted merchant at once and tells them why; no stall changes hands', async () => {
    const zone = await makeZone(h, squad, 2);
    const black = await makeMerchant(h, L.B, true);
    const res = await apply(zone.id, black);
    expect(res.data!.applyForStall.permit).toMatchObject({ status: 'REFUSED', decisionReason: BLACKLIST_REASON, waitlistPosition: null });
    const round = await h.execute<{ allocateStalls: { allocated: unknown[] } }>(ALLOCATE, { input: { zoneId: zone.id } }, officer);
    expect(round.data!.allocateStalls.allocated).toEqual([]);
    expect(await h.em().count(Stall, { zoneId: zone.id, status: StallStatus.FREE })).toBe(2);
  });

  it('refuses a second open application of the same merchant in a zone with CONFLICT and keeps one', async () => {
    const zone = await makeZone(h, squad, 1);
    const m = await makeMerchant(h, L.B);
    await apply(zone.id, m);
    const again = await apply(zone.id, m);
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.merchantId' });
    expect(await h.em().count(StallPermit, { zoneId: zone.id })).toBe(1);
  });

  it("refuses an application for a merchant the caller does not operate with FORBIDDEN; staff of the zone's squad may apply on its behalf", async () => {
    const zone = await makeZone(h, squad, 1);
    const m = await makeMerchant(h, L.B);
    const stranger = await apply(zone.id, m, vendor('someone-else'));
    expect(stranger.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await h.em().count(StallPermit, { zoneId: zone.id })).toBe(0);
    const onBehalf = await apply(zone.id, m, officer);
    expect(onBehalf.data!.applyForStall.permit).toMatchObject({ status: 'WAITLISTED', merchant: { id: m } });
    const followed = await h.execute<{ myStallApplications: { edges: { node: { id: string } }[] } }>(
      `{ myStallApplications(first: 5) { edges { node { id } } } }`,
      {},
      vendor(m),
    );
    expect(followed.data!.myStallApplications.edges.map((e) => e.node.id)).toEqual([onBehalf.data!.applyForStall.permit.id]);
  });

  it('lets only staff of the squad that runs the zone allocate', async () => {
    const zone = await makeZone(h, squad, 1);
    const res = await h.execute(ALLOCATE, { input: { zoneId: zone.id } }, actors.officer('elsewhere', randomUUID()));
    expect(res.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const citizen = await h.execute(ALLOCATE, { input: { zoneId: zone.id } }, vendor('x'));
    expect(citizen.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('never gives a stall twice under 50 concurrent applications and concurrent allocation rounds; the best credit wins', async () => {
    const zone = await makeZone(h, squad, 10);
    const levels = [...Array<L>(5).fill(L.A), ...Array<L>(10).fill(L.B), ...Array<L>(35).fill(L.C)];
    const merchants = await Promise.all(levels.map((level) => makeMerchant(h, level)));
    const applied = await Promise.all(merchants.map((m) => apply(zone.id, m)));
    expect(applied.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
    const rounds = await Promise.all(
      [1, 2, 3, 4, 5].map(() =>
        h.execute<{ allocateStalls: { allocated: { merchant: { id: string } }[] } }>(ALLOCATE, { input: { zoneId: zone.id } }, officer),
      ),
    );
    expect(rounds.filter((r) => r.errors)).toEqual([]);
    expect(rounds.flatMap((r) => r.data!.allocateStalls.allocated)).toHaveLength(10);
    const held = await h.em().find(StallPermit, { zoneId: zone.id, status: StallPermitStatus.ALLOCATED });
    expect(new Set(held.map((p) => p.stallId)).size).toBe(10);
    expect(held.map((p) => p.creditLevelAtDecision).sort()).toEqual([...Array<string>(5).fill('A'), ...Array<string>(5).fill('B')]);
    expect(await h.em().count(Stall, { zoneId: zone.id, status: StallStatus.ALLOCATED })).toBe(10);
    expect(await h.em().count(StallPermit, { zoneId: zone.id, status: StallPermitStatus.WAITLISTED })).toBe(40);
  });

  it('renews an allocated permit for the operator in the 30 days before it expires, refusing earlier renewals and strangers', async () => {
    const zone = await makeZone(h, squad, 1);
    const m = await makeMerchant(h, L.A);
    const permitId = (await apply(zone.id, m)).data!.applyForStall.permit.id;
    await h.execute(ALLOCATE, { input: { zoneId: zone.id } }, officer);
    const renew = (as = vendor(m)) =>
      h.execute<{ renewStallPermit: { permit: { validUntil: string; renewedAt: string } } }>(RENEW, { input: { permitId } }, as);
    expect((await renew()).errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.permitId' });
    const expiring = new Date(Date.now() + 10 * 86_400_000);
    await h.em().nativeUpdate(StallPermit, { id: permitId }, { validUntil: expiring });
    expect((await renew(vendor('stranger'))).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const renewed = await renew();
    expect(renewed.errors).toBeUndefined();
    expect(new Date(renewed.data!.renewStallPermit.permit.validUntil).getTime()).toBe(expiring.getTime() + 365 * 86_400_000);
  });
});
