import { randomUUID } from 'node:crypto';

import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { MerchantCreditLevel } from '../merchant/merchant-credit-level';
import { MerchantCredit } from '../merchant/merchant-credit.entity';
import { MerchantOperator } from '../merchant/merchant-operator.entity';
import { StallCategory, StallStatus } from '../stall/stall-enums';
import { Stall } from '../stall/stall.entity';
import { VendingZoneKind, VendingZoneStatus } from '../vending-zone/vending-zone-enums';
import { VendingZone } from '../vending-zone/vending-zone.entity';

export const APPLY = `mutation($input: ApplyForStallInput!) { applyForStall(input: $input) { permit { id status decisionReason creditLevelAtDecision waitlistPosition merchant { id } } } }`;
export const ALLOCATE = `mutation($input: AllocateStallsInput!) { allocateStalls(input: $input) { allocated { id status merchant { id } stall { number } creditLevelAtDecision validUntil } refused { id decisionReason } stillWaiting } }`;
export const PERMIT = `query($id: ID!) { stallPermit(id: $id) { status waitlistPosition stall { number } decisionReason } }`;

/** A night-market zone of a squad with `stalls` FREE snack stalls. */
export async function makeZone(h: SubgraphHarness, unitId: string, stalls: number): Promise<VendingZone> {
  const em = h.em();
  const zone = em.create(VendingZone, {
    name: `测试夜市${randomUUID().slice(0, 4)}`,
    kind: VendingZoneKind.NIGHT_MARKET,
    status: VendingZoneStatus.OPEN,
    address: '兰江路',
    lat: 29.2,
    lng: 119.43,
    gridCode: 'LX-LJ-02',
    unitId,
    opensMinute: 1050,
    closesMinute: 60,
    facilities: [],
  });
  for (let i = 1; i <= stalls; i += 1) {
    em.create(Stall, {
      zoneId: zone.id,
      number: `T-${String(i).padStart(2, '0')}`,
      category: StallCategory.SNACKS,
      environmentalStove: true,
      status: StallStatus.FREE,
    });
  }
  await em.flush();
  return zone;
}

/**
 * A merchant whose credit file reached this subgraph (as enforcement's outbox event would have written it), with
 * the account `vendor-<merchant id>` verified as its operator.
 */
export async function makeMerchant(h: SubgraphHarness, level: MerchantCreditLevel, blacklisted = false): Promise<string> {
  const em = h.em();
  const merchantId = randomUUID();
  em.create(MerchantCredit, { merchantId, level, score: { A: 95, B: 80, C: 65, D: 40 }[level], blacklisted, asOf: new Date() });
  em.create(MerchantOperator, { merchantId, subject: `vendor-${merchantId}`, verifiedBy: 'test-officer' });
  await em.flush();
  return merchantId;
}
