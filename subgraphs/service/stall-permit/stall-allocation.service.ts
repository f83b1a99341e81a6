import { BaseService } from '../../../kernel/services/base.service';
import { MerchantCredit } from '../merchant/merchant-credit.entity';
import { StallStatus } from '../stall/stall-enums';
import { Stall } from '../stall/stall.entity';
import { requireSquadStaff } from '../unit/squad-staff';
import { VendingZoneService } from '../vending-zone/vending-zone.service';
import { StallPermitStatus } from './stall-permit-enums';
import { StallPermit } from './stall-permit.entity';
import type { AllocateStallsInput, AllocateStallsPayload } from './stall-permit.inputs';
import { PERMIT_VALIDITY_DAYS, stallDecision, waitlistOrder } from './stall-priority';

/**
 * 摊位分配轮次: free stalls of a zone go to its waitlist in credit order (A first), blacklisted merchants are
 * refused and told why. Rounds of one zone run one at a time (the zone row is locked), so no stall is given twice.
 */
export class StallAllocationService extends BaseService {
  async allocate(input: AllocateStallsInput): Promise<AllocateStallsPayload> {
    const zone = await this.scope.services.get(VendingZoneService).get(input.zoneId, 'input.zoneId');
    requireSquadStaff(this.actor, zone.unitId);
    const schema = this.em.config.get('schema');
    return this.em.transactional(async (tx) => {
      await tx.execute(`select id from "${schema}".vending_zone where id = ? for update`, [zone.id]);
      const waiting = await tx.find(StallPermit, { zoneId: zone.id, status: StallPermitStatus.WAITLISTED });
      const credits = new Map((await tx.find(MerchantCredit, { merchantId: { $in: waiting.map((p) => p.merchantId) } })).map((c) => [c.merchantId, c]));
      const free = await tx.find(Stall, { zoneId: zone.id, status: StallStatus.FREE }, { orderBy: { number: 'asc' } });
      const now = new Date();
      const result: AllocateStallsPayload = { allocated: [], refused: [], stillWaiting: 0 };
      const ranked = waiting.map((p) => ({
        id: p.id,
        appliedAt: p.createdAt,
        permit: p,
        credit: credits.get(p.merchantId) ?? null,
        decision: stallDecision(credits.get(p.merchantId) ?? null),
      }));
      for (const item of waitlistOrder(ranked.map((r) => ({ ...r, rank: r.decision.kind === 'QUEUE' ? r.decision.rank : -1 })))) {
        const { permit, credit, decision } = item;
        permit.creditLevelAtDecision = credit?.level ?? null;
        if (decision.kind === 'REFUSE') {
          Object.assign(permit, { status: StallPermitStatus.REFUSED, decidedAt: now, decisionReason: decision.reason });
          result.refused.push(permit);
          continue;
        }
        const index = free.findIndex((s) => !permit.preferredCategory || s.category === permit.preferredCategory);
        if (index < 0) {
          result.stillWaiting += 1;
          continue;
        }
        const [stall] = free.splice(index, 1);
        stall.status = StallStatus.ALLOCATED;
        Object.assign(permit, {
          status: StallPermitStatus.ALLOCATED,
          stallId: stall.id,
          decidedAt: now,
          validUntil: new Date(now.getTime() + PERMIT_VALIDITY_DAYS * 86_400_000),
          decisionReason: `按信用等级 ${credit?.level ?? '未知'} 与申请先后分配 ${stall.number} 号摊位`,
        });
        result.allocated.push(permit);
      }
      return result;
    });
  }
}
