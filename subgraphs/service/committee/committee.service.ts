import { ConflictError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { chinaDate } from '../../../kernel/time/china-time';
import { StallPermitStatus } from '../stall-permit/stall-permit-enums';
import { StallPermit } from '../stall-permit/stall-permit.entity';
import { requireSquadStaff } from '../unit/squad-staff';
import { VendingZoneService } from '../vending-zone/vending-zone.service';
import { CommitteeMember } from './committee-member.entity';
import { committeeProblem, dutyRoster, MAX_ROSTER_DAYS } from './committee-rules';
import { SelfGovernanceCommittee } from './committee.entity';
import type { FormCommitteeInput } from './committee.inputs';
import { membersByCommittee } from './committee.loaders';

/** 商户自治委员会: the squad forms a zone's committee from its stall holders; the public reads it and its roster. */
export class CommitteeService extends BaseService {
  async form(input: FormCommitteeInput): Promise<{ committee: SelfGovernanceCommittee }> {
    const zone = await this.scope.services.get(VendingZoneService).get(input.zoneId, 'input.zoneId');
    requireSquadStaff(this.actor, zone.unitId);
    const today = chinaDate();
    const startDay = Date.parse(`${input.rosterStartsOn}T00:00:00Z`);
    if (
      Number.isNaN(startDay) ||
      new Date(startDay).toISOString().slice(0, 10) !== input.rosterStartsOn ||
      input.rosterStartsOn < today ||
      startDay - Date.parse(`${today}T00:00:00Z`) > MAX_ROSTER_DAYS * 86_400_000
    ) {
      throw new ValidationError('input.rosterStartsOn', `rosterStartsOn must be a date (YYYY-MM-DD) from today to ${MAX_ROSTER_DAYS} days ahead`);
    }
    return this.em.transactional(async (tx) => {
      const holders = await tx.find(StallPermit, { zoneId: zone.id, status: StallPermitStatus.ALLOCATED }, { fields: ['merchantId'] });
      const problem = committeeProblem(input.memberMerchantIds, input.chairMerchantId, new Set(holders.map((p) => p.merchantId)));
      if (problem) {
        throw new ValidationError(problem.field, problem.message);
      }
      if (await tx.count(SelfGovernanceCommittee, { zoneId: zone.id })) {
        throw new ConflictError('this zone already has a committee', { field: 'input.zoneId' });
      }
      const committee = tx.create(SelfGovernanceCommittee, {
        zoneId: zone.id,
        name: input.name.trim(),
        chairMerchantId: input.chairMerchantId,
        rosterStartsOn: input.rosterStartsOn,
      });
      input.memberMerchantIds.forEach((merchantId, i) => tx.create(CommitteeMember, { committeeId: committee.id, merchantId, seat: i + 1 }));
      return { committee };
    });
  }

  /** The roster for `days` (1–31) days from `from` (China-time date, default today). */
  async roster(committee: SelfGovernanceCommittee, days: number, from?: string | null) {
    if (!Number.isInteger(days) || days < 1 || days > MAX_ROSTER_DAYS) {
      throw new ValidationError('days', `days must be 1–${MAX_ROSTER_DAYS}`);
    }
    const start = from ?? chinaDate();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || Number.isNaN(Date.parse(`${start}T00:00:00Z`))) {
      throw new ValidationError('from', 'from must be a date YYYY-MM-DD');
    }
    const members = await this.scope.loaders.get(membersByCommittee).load(committee.id);
    return dutyRoster(
      members.map((m) => m.merchantId),
      String(committee.rosterStartsOn).slice(0, 10),
      start,
      days,
    ).map((d) => ({
      date: d.date,
      merchant: d.member ? { id: d.member } : null,
    }));
  }
}
