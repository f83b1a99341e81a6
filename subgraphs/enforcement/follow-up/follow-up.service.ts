import { ref } from '@mikro-orm/core';

import { ConflictError, ValidationError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { CaseStatus } from '../case/case-enums';
import { Case } from '../case/case.entity';
import { CaseService } from '../case/case.service';
import { appendEvent } from '../timeline/append-event';
import { isFollowUpOnTime, isValidSatisfaction, overdueClosedBefore } from './follow-up-rules';
import { FollowUp } from './follow-up.entity';
import type { RecordFollowUpInput } from './follow-up.inputs';

export class FollowUpService extends BaseService {
  private get cases() {
    return this.scope.services.get(CaseService);
  }

  /** One follow-up per closed case, by its officer or a supervisor of the unit. */
  async record(input: RecordFollowUpInput): Promise<{ followUp: FollowUp }> {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    if (!isValidSatisfaction(input.satisfaction)) {
      throw new ValidationError('input.satisfaction', 'satisfaction must be an integer from 1 to 5');
    }
    return this.em.transactional(async (tx) => {
      const c = await this.cases.lockForAction(tx, input.caseId, 'WORK');
      if (c.status !== CaseStatus.CLOSED || !c.closedAt) {
        throw new ConflictError(`a follow-up is recorded after closure, the case is ${c.status}`, { status: c.status });
      }
      if (c.followedUpAt) {
        throw new ConflictError('this case already has its follow-up', { field: 'input.caseId' });
      }
      const now = new Date();
      const followUp = tx.create(FollowUp, {
        case: ref(c),
        visitedAt: now,
        satisfaction: input.satisfaction,
        comment: input.comment ?? null,
        onTime: isFollowUpOnTime(c.closedAt, now),
        visitedBy: this.actor.subject!,
      });
      c.followedUpAt = now;
      await appendEvent(tx, c.id, {
        action: 'FOLLOW_UP',
        actorSubject: this.actor.subject,
        reason: input.comment ?? null,
        after: { satisfaction: input.satisfaction, onTime: followUp.onTime, followedUpAt: now },
        at: now,
      });
      return { followUp };
    });
  }

  /** 超期未回访: closed more than 3 days ago without a follow-up, oldest closure first. */
  overdue(args: ConnectionArgs, unitId?: string | null) {
    const where = { ...this.cases.unitScope(unitId), status: CaseStatus.CLOSED, followedUpAt: null, closedAt: { $lt: overdueClosedBefore(new Date()) } };
    return paginate(this.em, Case, args, { where, orderBy: { closedAt: 'asc', id: 'asc' }, maxPageSize: this.scope.config.limits.pageSizeMax });
  }
}
