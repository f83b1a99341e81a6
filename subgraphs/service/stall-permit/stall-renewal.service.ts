import { LockMode } from '@mikro-orm/core';

import { ConflictError, ForbiddenError, NotFoundError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { MerchantCredit } from '../merchant/merchant-credit.entity';
import { MerchantOperatorService } from '../merchant/merchant-operator.service';
import { VendingZoneService } from '../vending-zone/vending-zone.service';
import { applicantStanding } from './applicant-rule';
import { renewalProblem, renewedUntil } from './renewal-rules';
import { StallPermit } from './stall-permit.entity';

/** 摊位许可续期: the merchant's operator, or staff of the zone's squad on its behalf, renews for another year. */
export class StallRenewalService extends BaseService {
  async renew(permitId: string): Promise<{ permit: StallPermit }> {
    this.requireSignedIn();
    const operated = await this.scope.services.get(MerchantOperatorService).merchantsOfCaller();
    return this.em.transactional(async (tx) => {
      const permit = await tx.findOne(StallPermit, { id: permitId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!permit) {
        throw new NotFoundError('StallPermit', permitId, 'input.permitId');
      }
      const zone = await this.scope.services.get(VendingZoneService).get(permit.zoneId);
      if (applicantStanding(this.actor, zone.unitId, operated.includes(permit.merchantId)) === 'NOT_ALLOWED') {
        throw new ForbiddenError("Only the merchant's verified operator, or staff of the zone's squad, may renew this permit");
      }
      const now = new Date();
      const problem = renewalProblem(permit, await tx.findOne(MerchantCredit, { merchantId: permit.merchantId }), now);
      if (problem) {
        throw new ConflictError(problem, { field: 'input.permitId' });
      }
      Object.assign(permit, { validUntil: renewedUntil(permit.validUntil!, now), renewedAt: now });
      this.scope.loaders.clearAll();
      return { permit };
    });
  }
}
