import { ref } from '@mikro-orm/core';

import { ConflictError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { addWorkingDays } from '../calendar/working-calendar';
import { ViolationType } from '../violation-type/violation-type.entity';
import { OfficerStatus } from '../officer/officer-enums';
import { Officer } from '../officer/officer.entity';
import { appendEvent } from '../timeline/append-event';
import { CaseAction as A, CaseStatus as S } from './case-enums';
import { caseSnapshot } from './case-snapshot';
import { announceCaseUpdate } from './case-updates';
import { nextStatus } from './case-transitions';
import { requireUuid } from './ids';
import type { Case } from './case.entity';
import type { AssignCaseInput, TransitionCaseInput } from './case.inputs';
import { CaseService } from './case.service';
import { ClosureService } from '../closure/closure.service';
import { CASE_CLOSED } from '../closure/case-closed.event';
import { publish } from '../../../kernel/outbox/publish';

/** 办结期限: a case filed today is due within the general-procedure limit unless decided earlier. */
const REASON_REQUIRED: readonly A[] = [A.REJECT, A.REFER, A.REWORK];

export class CaseLifecycleService extends BaseService {
  private get cases() {
    return this.scope.services.get(CaseService);
  }

  /** One lifecycle step; illegal steps answer CONFLICT and change nothing. */
  async transition(input: TransitionCaseInput): Promise<{ case: Case }> {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    if (input.action === A.ASSIGN) {
      throw new ValidationError('input.action', 'use assignCase to assign a case');
    }
    if (REASON_REQUIRED.includes(input.action) && !input.reason?.trim()) {
      throw new ValidationError('input.reason', `${input.action} needs a reason`);
    }
    return this.em.transactional(async (tx) => {
      const c = await this.cases.lockForAction(tx, input.caseId, input.action);
      const to = nextStatus(c.status, input.action);
      if (!to) {
        throw new ConflictError(`${input.action} is not allowed while the case is ${c.status}`, { status: c.status, action: input.action });
      }
      if (input.action === A.VERIFY || input.action === A.CLOSE) {
        await this.scope.services.get(ClosureService).assertClosable(tx, c);
      }
      const before = caseSnapshot(c);
      const now = new Date();
      c.status = to;
      if (to === S.FILED) {
        c.filedAt = now;
        const type = await tx.findOneOrFail(ViolationType, { code: c.violationType.code });
        c.dueAt = addWorkingDays(now, type.handlingWorkingDays);
      }
      if (input.action === A.REWORK) {
        c.reworkCount += 1;
      }
      if (to === S.CLOSED || to === S.REJECTED || to === S.REFERRED) {
        c.closedAt = now;
      }
      if (to === S.CLOSED) {
        await publish(tx, { to: 'participation', topic: CASE_CLOSED, payload: { caseId: c.id, unitId: c.unit.id, closedAt: now.toISOString() } });
      }
      await appendEvent(tx, c.id, { action: input.action, actorSubject: this.actor.subject, reason: input.reason, before, after: caseSnapshot(c), at: now });
      await announceCaseUpdate(tx, c, input.action);
      return { case: c };
    });
  }

  /** 派遣: needs an active officer of the case's unit. */
  async assign(input: AssignCaseInput): Promise<{ case: Case }> {
    return this.em.transactional(async (tx) => {
      const c = await this.cases.lockForAction(tx, input.caseId, A.ASSIGN);
      const to = nextStatus(c.status, A.ASSIGN);
      if (!to) {
        throw new ConflictError(`ASSIGN is not allowed while the case is ${c.status}`, { status: c.status, action: A.ASSIGN });
      }
      requireUuid(input.officerId, 'input.officerId');
      const officer = await tx.findOne(Officer, { id: input.officerId });
      if (!officer || officer.status !== OfficerStatus.ACTIVE || officer.unit.id !== c.unit.id) {
        throw new ValidationError('input.officerId', "the assignee must be an active officer of the case's unit");
      }
      const before = caseSnapshot(c);
      c.status = to;
      c.assignee = ref(officer);
      await appendEvent(tx, c.id, { action: A.ASSIGN, actorSubject: this.actor.subject, reason: input.reason, before, after: caseSnapshot(c) });
      await announceCaseUpdate(tx, c, A.ASSIGN);
      return { case: c };
    });
  }
}
