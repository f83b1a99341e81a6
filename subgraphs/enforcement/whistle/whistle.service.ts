import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { hasRole } from '../../../kernel/auth/actor';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { isFinal } from '../case/case-transitions';
import { Case } from '../case/case.entity';
import { CaseService } from '../case/case.service';
import { requireExistingShape, requireUuid } from '../case/ids';
import { Department } from '../department/department.entity';
import { appendEvent } from '../timeline/append-event';
import { isBreached, respondBy } from './whistle-rules';
import { Whistle } from './whistle.entity';
import type { AcknowledgeWhistleInput, BlowWhistleInput, RespondToWhistleInput } from './whistle.inputs';

export class WhistleService extends BaseService {
  /** 吹哨: the case's officer or a supervisor of its unit calls a department in. */
  async blow(input: BlowWhistleInput): Promise<{ whistle: Whistle }> {
    return this.em.transactional(async (tx) => {
      const c = await this.scope.services.get(CaseService).lockForAction(tx, input.caseId, 'WORK');
      if (isFinal(c.status)) {
        throw new ConflictError(`a ${c.status} case cannot blow a whistle`, { status: c.status });
      }
      requireUuid(input.departmentId, 'input.departmentId');
      const department = await tx.findOne(Department, { id: input.departmentId });
      if (!department) {
        throw new ValidationError('input.departmentId', `department ${input.departmentId} does not exist`);
      }
      const now = new Date();
      const whistle = tx.create(Whistle, {
        case: ref(c),
        unit: c.unit,
        department: ref(department),
        urgency: input.urgency,
        reason: input.reason,
        blownBy: this.actor.subject!,
        blownAt: now,
        respondBy: respondBy(now, input.urgency),
      });
      await appendEvent(tx, c.id, {
        action: 'WHISTLE',
        actorSubject: this.actor.subject,
        reason: input.reason,
        after: { whistleId: whistle.id, departmentId: department.id, urgency: input.urgency },
        at: now,
      });
      return { whistle };
    });
  }

  /** The DEPARTMENT user of the whistled department only; the case row is locked for the timeline append. */
  private async forDepartment(tx: EntityManager, whistleId: string): Promise<Whistle> {
    this.requireRole('DEPARTMENT');
    requireExistingShape('Whistle', whistleId, 'input.whistleId');
    const w = await tx.findOne(Whistle, { id: whistleId });
    if (!w) {
      throw new NotFoundError('Whistle', whistleId, 'input.whistleId');
    }
    if (w.department.id !== this.actor.departmentId) {
      throw new ForbiddenError('This whistle was blown to another department');
    }
    await tx.findOneOrFail(Case, w.case.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    return w;
  }

  async acknowledge(input: AcknowledgeWhistleInput): Promise<{ whistle: Whistle }> {
    return this.em.transactional(async (tx) => {
      const w = await this.forDepartment(tx, input.whistleId);
      if (w.acknowledgedAt) {
        throw new ConflictError('this whistle is already acknowledged');
      }
      w.acknowledgedAt = new Date();
      await appendEvent(tx, w.case.id, {
        action: 'WHISTLE_ACK',
        actorSubject: this.actor.subject,
        after: { whistleId: w.id, acknowledgedAt: w.acknowledgedAt },
        at: w.acknowledgedAt,
      });
      return { whistle: w };
    });
  }

  async respond(input: RespondToWhistleInput): Promise<{ whistle: Whistle }> {
    return this.em.transactional(async (tx) => {
      const w = await this.forDepartment(tx, input.whistleId);
      if (w.respondedAt) {
        throw new ConflictError('this whistle is already answered');
      }
      const now = new Date();
      w.acknowledgedAt ??= now;
      w.respondedAt = now;
      w.response = input.response;
      w.respondedLate = isBreached(w, now);
      await appendEvent(tx, w.case.id, {
        action: 'WHISTLE_RESPONSE',
        actorSubject: this.actor.subject,
        reason: input.response,
        after: { whistleId: w.id, respondedAt: now, late: w.respondedLate },
        at: now,
      });
      return { whistle: w };
    });
  }

  /** 超时未响应: unanswered past the deadline, or answered late. Staff: their unit; DEPARTMENT: their department. */
  breaches(args: ConnectionArgs) {
    const scope =
      hasRole(this.actor, 'DEPARTMENT') && !hasRole(this.actor, 'ADMIN')
        ? { department: this.actor.departmentId ?? '00000000-0000-0000-0000-000000000000' }
        : this.scope.services.get(CaseService).unitScope(null);
    const where = { ...scope, $or: [{ respondedAt: null, respondBy: { $lt: new Date() } }, { respondedLate: true }] };
    return paginate(this.em, Whistle, args, { where, orderBy: { respondBy: 'asc', id: 'asc' }, maxPageSize: this.scope.config.limits.pageSizeMax });
  }

  breached(w: Whistle): boolean {
    return isBreached(w, new Date());
  }
}
