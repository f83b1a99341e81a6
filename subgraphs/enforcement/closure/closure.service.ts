import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { ConflictError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { CaseStatus } from '../case/case-enums';
import { caseSnapshot } from '../case/case-snapshot';
import type { Case } from '../case/case.entity';
import { CaseService } from '../case/case.service';
import { Disposition } from '../disposition/disposition.entity';
import { Evidence } from '../evidence/evidence.entity';
import { appendEvent } from '../timeline/append-event';
import { CaseEvent } from '../timeline/case-event.entity';
import { CaseFinding } from './case-finding.entity';
import type { RecordCaseFindingInput } from './case-finding.inputs';
import { checkClosure, HANDLING_ACTIONS } from './closure-rules';

/** 结案条件: findings that end a case without a disposition, and the checks before VERIFY and CLOSE. */
export class ClosureService extends BaseService {
  /** Ends a case in progress without a disposition: a reason and at least one evidence item; nothing decided yet. */
  async recordFinding(input: RecordCaseFindingInput): Promise<{ finding: CaseFinding; case: Case }> {
    return this.em.transactional(async (tx) => {
      const c = await this.scope.services.get(CaseService).lockForAction(tx, input.caseId, 'WORK');
      if (c.status !== CaseStatus.IN_PROGRESS) {
        throw new ConflictError(`a finding is recorded while the case is IN_PROGRESS, not ${c.status}`, { status: c.status });
      }
      if ((await tx.count(Disposition, { case: c.id })) > 0 || (await tx.count(CaseFinding, { case: c.id })) > 0) {
        throw new ConflictError('the case already has a decision (a disposition or a finding)');
      }
      const evidenceCount = await tx.count(Evidence, { case: c.id });
      if (evidenceCount === 0) {
        throw new ValidationError('input.caseId', 'a finding needs at least one evidence item on the case (addEvidence first)');
      }
      const now = new Date();
      const finding = tx.create(CaseFinding, {
        case: ref(c),
        kind: input.kind,
        reason: input.reason,
        evidenceCount,
        recordedBy: this.actor.subject!,
        recordedAt: now,
      });
      await appendEvent(tx, c.id, {
        action: 'FINDING',
        actorSubject: this.actor.subject,
        reason: input.reason,
        before: caseSnapshot(c),
        after: { ...caseSnapshot(c), finding: input.kind, evidenceCount },
        at: now,
      });
      return { finding, case: c };
    });
  }

  /** Throws unless `c` may be verified or closed by the caller now (see checkClosure). */
  async assertClosable(tx: EntityManager, c: Case): Promise<void> {
    const effective = await tx.findOne(Disposition, { case: c.id, supersededAt: null }, { orderBy: { decidedAt: 'desc' } });
    const findings = await tx.count(CaseFinding, { case: c.id });
    const events = await tx.find(CaseEvent, { caseId: c.id, action: { $in: [...HANDLING_ACTIONS] } }, { fields: ['actorSubject', 'after'] });
    // the second officer present at an on-the-spot decision (recorded in its event) handled the case too
    const present = events.map((e) => (e.after as { secondOfficerId?: string } | null)?.secondOfficerId);
    const handlers = [c.assignee?.id, ...events.map((e) => e.actorSubject), ...present].filter((s): s is string => !!s);
    checkClosure(
      { effective: effective ? { kind: effective.kind, rectifiedAt: effective.rectifiedAt ?? null } : null, hasFinding: findings > 0, handlers },
      this.actor.subject,
    );
  }
}
