import { ForbiddenError, NotFoundError } from '../../../kernel/errors/domain-error';
import type { LiveEvent } from '../../../kernel/live/publish-live';
import { BaseService } from '../../../kernel/services/base.service';
import { Unit } from '../unit/unit.entity';
import { canViewCase } from './case-access';
import { CASE_UPDATED } from './case-updates';
import type { Case } from './case.entity';
import { CaseService } from './case.service';
import { requireExistingShape } from './ids';

/**
 * 案件动态: a unit's cases, live, for those who may list them (`cases`): officers and supervisors of that unit,
 * ADMIN for any unit. Each opening, assignment and lifecycle step of one of its cases is one event.
 */
export class CaseUpdatesService extends BaseService {
  async follow(unitId: string): Promise<AsyncIterable<LiveEvent>> {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    if (!canViewCase(this.actor, { unitId, assigneeId: null })) {
      throw new ForbiddenError('Only the officers and supervisors of this unit (or ADMIN) may follow its cases');
    }
    requireExistingShape('Unit', unitId, 'unitId');
    if (!(await this.em.count(Unit, { id: unitId }))) {
      throw new NotFoundError('Unit', unitId, 'unitId');
    }
    return this.scope.live.subscribe(CASE_UPDATED, unitId);
  }

  /** The case as `case(id)` shows it, read after the change committed (and checked again against the caller). */
  current(event: LiveEvent): Promise<Case> {
    return this.scope.services.get(CaseService).get(String(event.data?.caseId));
  }
}
