import { randomUUID } from 'node:crypto';

import { LockMode } from '@mikro-orm/core';

import { isUuid } from '../../../kernel/db/uuid';
import { ConflictError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { Volunteer } from '../volunteer/volunteer.entity';
import { PointEntry } from './point-entry.entity';
import { PointReason } from './points-enums';
import type { AdjustVolunteerPointsInput } from './points-adjustment.inputs';
import { PointsService } from './points.service';

/**
 * 积分调整: an ADMIN or SUPERVISOR grants or deducts points with a written reason (a correction, a prize). The
 * volunteer row is locked so the balance, checked here, never goes negative; the ledger line keeps who and why.
 */
export class PointsAdjustmentService extends BaseService {
  async adjust(input: AdjustVolunteerPointsInput): Promise<{ entry: PointEntry; balance: number }> {
    this.requireRole('ADMIN', 'SUPERVISOR');
    if (!isUuid(input.volunteerId)) {
      throw new ValidationError('input.volunteerId', 'volunteerId is not an id');
    }
    if (input.amount === 0) {
      throw new ValidationError('input.amount', 'an adjustment grants or deducts at least 1 point');
    }
    const reason = input.reason.trim();
    if (reason.length < 2) {
      throw new ValidationError('input.reason', 'a points adjustment needs a written reason');
    }
    return this.em.transactional(async (em) => {
      const volunteer = await em.findOne(Volunteer, { id: input.volunteerId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!volunteer) {
        throw new NotFoundError('Volunteer', input.volunteerId, 'input.volunteerId');
      }
      const balance = (await this.scope.services.get(PointsService).balanceOf(volunteer.id, em)) + input.amount;
      if (balance < 0) {
        throw new ConflictError(`the balance would go below 0 (${balance - input.amount} points)`, { field: 'input.amount' });
      }
      const entry = em.create(PointEntry, {
        volunteerId: volunteer.id,
        amount: input.amount,
        reason: PointReason.ADJUSTMENT,
        sourceId: randomUUID(),
        note: reason,
        recordedBy: this.actor.subject,
      });
      return { entry, balance };
    });
  }
}
