import { LockMode } from '@mikro-orm/core';

import { NotFoundError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { Enrollment } from '../enrollment/enrollment.entity';
import { shanghaiDate } from '../enrollment/shanghai-date';
import { produceNotices } from '../notification/notification.job';
import { AssignmentDueOverride } from './assignment-due-override.entity';
import { checkDueOverride } from './due-override-rules';
import type { OverrideAssignmentDueDateInput, OverrideAssignmentDueDatePayload } from './due-override.inputs';

/** 个人截止日期调整: a trainer moves one officer's deadline; the enrollment row is locked, the change recorded with it. */
export class DueOverrideService extends BaseService {
  async override(input: OverrideAssignmentDueDateInput): Promise<OverrideAssignmentDueDatePayload> {
    this.requireRole('TRAINER', 'ADMIN');
    return this.em.transactional(async (em) => {
      const enrollment = await em.findOne(Enrollment, { id: input.enrollmentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!enrollment) {
        throw new NotFoundError('Enrollment', input.enrollmentId, 'input.enrollmentId');
      }
      const previousDueOn = enrollment.dueOn;
      const reason = checkDueOverride({
        status: enrollment.status,
        currentDueOn: previousDueOn,
        dueOn: input.dueOn,
        reason: input.reason,
        today: shanghaiDate(new Date()),
      });
      enrollment.dueOn = input.dueOn;
      const override = em.create(AssignmentDueOverride, {
        enrollmentId: enrollment.id,
        previousDueOn: previousDueOn!,
        dueOn: input.dueOn,
        reason,
        grantedBy: this.actor.subject!,
      });
      await em.flush(); // the notice below reads the new due date and its reason
      await produceNotices(em, shanghaiDate(new Date()), [enrollment.officerId]); // DUE_DATE_CHANGED with the change
      return { enrollment, override };
    });
  }
}
