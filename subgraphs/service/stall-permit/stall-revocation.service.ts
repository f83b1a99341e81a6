import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { ConflictError, NotFoundError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { requireSquadStaff } from '../unit/squad-staff';
import { VendingZoneService } from '../vending-zone/vending-zone.service';
import { revocationCheck, warningCheck } from './revocation-rules';
import type { RevocationCheck } from './revocation-rules';
import { revokePermit } from './revoke-permit';
import { StallPermit } from './stall-permit.entity';
import type { RevokeStallPermitInput, WarnStallPermitHolderInput } from './stall-revocation.inputs';

/** 摊位许可的警告与撤销: staff of the zone's squad warn a holder, then may revoke; the stall is freed at once. */
export class StallRevocationService extends BaseService {
  warn(input: WarnStallPermitHolderInput): Promise<{ permit: StallPermit }> {
    return this.change(
      input.permitId,
      (p) => warningCheck(p.status),
      async (_tx, permit) => {
        Object.assign(permit, { warningCount: permit.warningCount + 1, lastWarnedAt: new Date(), lastWarningReason: input.reason.trim() });
      },
    );
  }

  revoke(input: RevokeStallPermitInput): Promise<{ permit: StallPermit }> {
    return this.change(
      input.permitId,
      (p) => revocationCheck(p.status, p.warningCount),
      async (tx, permit) => {
        await revokePermit(tx, permit, input.reason.trim());
        await tx.refresh(permit);
      },
    );
  }

  /** Locks the permit, checks the caller runs its zone and the rule allows the change, applies it in one transaction. */
  private async change(permitId: string, check: (p: StallPermit) => RevocationCheck, apply: (tx: EntityManager, p: StallPermit) => Promise<void>) {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    return this.em.transactional(async (tx) => {
      const permit = await tx.findOne(StallPermit, { id: permitId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!permit) {
        throw new NotFoundError('StallPermit', permitId, 'input.permitId');
      }
      const zone = await this.scope.services.get(VendingZoneService).get(permit.zoneId);
      requireSquadStaff(this.actor, zone.unitId);
      const verdict = check(permit);
      if (!verdict.ok) {
        throw new ConflictError(verdict.reason, { field: 'input.permitId' });
      }
      await apply(tx, permit);
      this.scope.loaders.clearAll();
      return { permit };
    });
  }
}
