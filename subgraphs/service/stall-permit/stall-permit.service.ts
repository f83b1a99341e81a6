import { ConflictError, ForbiddenError, NotFoundError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { MerchantCredit } from '../merchant/merchant-credit.entity';
import { MerchantOperatorService } from '../merchant/merchant-operator.service';
import { requireSquadStaff } from '../unit/squad-staff';
import { VendingZoneStatus } from '../vending-zone/vending-zone-enums';
import { VendingZoneService } from '../vending-zone/vending-zone.service';
import { applicantStanding } from './applicant-rule';
import { StallPermitStatus } from './stall-permit-enums';
import { StallPermit } from './stall-permit.entity';
import type { ApplyForStallInput } from './stall-permit.inputs';
import { stallPermitById } from './stall-permit.loaders';
import { stallDecision } from './stall-priority';

const OPEN_STATUSES = [StallPermitStatus.WAITLISTED, StallPermitStatus.ALLOCATED];

/** 摊位申请: a signed-in vendor applies for a merchant and follows the application. */
export class StallPermitService extends BaseService {
  async apply(input: ApplyForStallInput): Promise<{ permit: StallPermit }> {
    this.requireSignedIn();
    const zone = await this.scope.services.get(VendingZoneService).get(input.zoneId, 'input.zoneId');
    const operated = await this.scope.services.get(MerchantOperatorService).merchantsOfCaller();
    if (applicantStanding(this.actor, zone.unitId, operated.includes(input.merchantId)) === 'NOT_ALLOWED') {
      throw new ForbiddenError("Only the merchant's verified operator, or staff of the zone's squad on the merchant's behalf, may apply for this merchant");
    }
    if (zone.status !== VendingZoneStatus.OPEN) {
      throw new ConflictError('this vending zone is suspended and takes no applications', { field: 'input.zoneId' });
    }
    return this.em.transactional(async (tx) => {
      if (await tx.count(StallPermit, { zoneId: zone.id, merchantId: input.merchantId, status: { $in: OPEN_STATUSES } })) {
        throw new ConflictError('this merchant already has an open application or a permit in this zone', { field: 'input.merchantId' });
      }
      const credit = await tx.findOne(MerchantCredit, { merchantId: input.merchantId });
      const decision = stallDecision(credit);
      const refused = decision.kind === 'REFUSE';
      const permit = tx.create(StallPermit, {
        zoneId: zone.id,
        merchantId: input.merchantId,
        applicantSubject: this.actor.subject!,
        preferredCategory: input.preferredCategory ?? null,
        status: refused ? StallPermitStatus.REFUSED : StallPermitStatus.WAITLISTED,
        decidedAt: refused ? new Date() : null,
        decisionReason: refused ? decision.reason : null,
        creditLevelAtDecision: refused ? (credit?.level ?? null) : null,
      });
      return { permit };
    });
  }

  /** Applications the caller made, and those of merchants the caller operates (made by staff on their behalf). */
  async mine(args: ConnectionArgs) {
    this.requireSignedIn();
    const operated = await this.scope.services.get(MerchantOperatorService).merchantsOfCaller();
    return paginate(this.em, StallPermit, args, {
      where: { $or: [{ applicantSubject: this.actor.subject! }, { merchantId: { $in: operated } }] },
      orderBy: { createdAt: 'desc', id: 'desc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  /** The applicant, the merchant's operator, ADMIN, or staff of the zone's squad. */
  async get(id: string): Promise<StallPermit> {
    this.requireSignedIn();
    const permit = await this.scope.loaders.get(stallPermitById).load(id);
    if (!permit) {
      throw new NotFoundError('StallPermit', id, 'id');
    }
    if (
      permit.applicantSubject !== this.actor.subject &&
      !(await this.scope.services.get(MerchantOperatorService).merchantsOfCaller()).includes(permit.merchantId)
    ) {
      const zone = await this.scope.services.get(VendingZoneService).get(permit.zoneId);
      requireSquadStaff(this.actor, zone.unitId);
    }
    return permit;
  }
}
