import { ref } from '@mikro-orm/core';

import { ConflictError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { CaseStatus } from '../case/case-enums';
import type { Case } from '../case/case.entity';
import { CaseService } from '../case/case.service';
import { appendEvent } from '../timeline/append-event';
import { CaseReview } from './case-review.entity';
import { publishTypicalCases } from './case-typical.event';
import type { ReviewCaseInput } from './case-review.inputs';

export class CaseReviewService extends BaseService {
  /** One review per closed case, by a supervisor of its unit (or ADMIN). */
  async review(input: ReviewCaseInput): Promise<{ review: CaseReview; case: Case }> {
    this.requireRole('SUPERVISOR', 'ADMIN');
    if (!Number.isInteger(input.score) || input.score < 0 || input.score > 100) {
      throw new ValidationError('input.score', 'score must be an integer from 0 to 100');
    }
    return this.em.transactional(async (tx) => {
      const c = await this.scope.services.get(CaseService).lockForAction(tx, input.caseId, 'REVIEW');
      if (c.status !== CaseStatus.CLOSED) {
        throw new ConflictError(`a case is reviewed after closure, this one is ${c.status}`, { status: c.status });
      }
      if (await tx.count(CaseReview, { case: c.id })) {
        throw new ConflictError('this case has already been reviewed', { field: 'input.caseId' });
      }
      const now = new Date();
      const review = tx.create(CaseReview, {
        case: ref(c),
        score: input.score,
        summary: input.summary,
        isTypicalCase: input.isTypicalCase,
        reviewedBy: this.actor.subject!,
        reviewedAt: now,
      });
      c.isTypicalCase = input.isTypicalCase;
      await appendEvent(tx, c.id, {
        action: 'REVIEW',
        actorSubject: this.actor.subject,
        reason: input.summary,
        after: { score: input.score, isTypicalCase: input.isTypicalCase },
        at: now,
      });
      await publishTypicalCases(tx, [{ caseId: c.id, typical: input.isTypicalCase, summary: input.summary }]);
      return { review, case: c };
    });
  }
}
