import { LockMode, ref } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/core';

import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { CaseStatus } from '../case/case-enums';
import { Case } from '../case/case.entity';
import { CaseService } from '../case/case.service';
import { requireExistingShape } from '../case/ids';
import { DiscretionBenchmark } from '../discretion/discretion-benchmark.entity';
import { applyDiscretion, benchmarkInForce } from '../discretion/discretion-rules';
import { checkMeasures } from '../disposition/disposition-checks';
import { DispositionKind } from '../disposition/disposition-enums';
import { PartyKind } from '../party/party-enums';
import { thresholdsAt } from '../thresholds/thresholds.service';
import { appendEvent } from '../timeline/append-event';
import { ViolationType } from '../violation-type/violation-type.entity';
import { LegalReview } from './legal-review.entity';
import { LegalReviewDecision, LegalReviewStatus } from './legal-review-enums';
import type { DecideLegalReviewInput, LegalReviewFilter, RequestLegalReviewInput } from './legal-review.inputs';
import { majorDecisionGrounds, reviewerIsIndependent } from './major-decision';

/** 重大执法决定法制审核: the handling officer proposes, the 法制科 approves or returns; both steps join the case timeline. */
export class LegalReviewService extends BaseService {
  async request(input: RequestLegalReviewInput): Promise<{ review: LegalReview }> {
    if (input.kind !== DispositionKind.PENALTY && input.kind !== DispositionKind.LABOR_IN_LIEU) {
      throw new ValidationError('input.kind', 'legal review is for decisions with a fine: PENALTY or LABOR_IN_LIEU');
    }
    return this.em.transactional(async (tx) => {
      const c = await this.scope.services.get(CaseService).lockForAction(tx, input.caseId, 'WORK');
      if (c.status !== CaseStatus.IN_PROGRESS) {
        throw new ConflictError(`a decision is reviewed while the case is IN_PROGRESS, not ${c.status}`, { status: c.status });
      }
      const type = await tx.findOneOrFail(ViolationType, { code: c.violationType.code });
      if (!Number.isInteger(input.fineYuan) || input.fineYuan < type.fineMinYuan || input.fineYuan > type.fineMaxYuan) {
        throw new ValidationError('input.fineYuan', `the fine must be between ${type.fineMinYuan} and ${type.fineMaxYuan} yuan`);
      }
      checkMeasures(input.kind, input.measures ?? [], input.confiscatedValueYuan);
      let withinGrade = true;
      if (input.kind === DispositionKind.PENALTY) {
        const benchmark = benchmarkInForce(await tx.find(DiscretionBenchmark, { violationType: type.code }), c.occurredAt);
        withinGrade = applyDiscretion(benchmark, input.discretion, input.fineYuan).withinGrade;
      }
      if (await tx.count(LegalReview, { case: c.id, status: LegalReviewStatus.PENDING })) {
        throw new ConflictError('this case already has a legal review pending', { field: 'input.caseId' });
      }
      const now = new Date();
      const party = c.partyKind === PartyKind.PERSON ? 'person' : 'organisation';
      const measures = input.measures ?? [];
      const confiscatedValueYuan = input.confiscatedValueYuan ?? null;
      const review = tx.create(LegalReview, {
        case: ref(c),
        caseNumber: c.number,
        violationTypeCode: type.code,
        status: LegalReviewStatus.PENDING,
        kind: input.kind,
        fineYuan: input.fineYuan,
        grade: input.kind === DispositionKind.PENALTY ? input.discretion!.grade : null,
        withinGrade,
        measures,
        confiscatedValueYuan,
        grounds: majorDecisionGrounds(
          { party, kind: input.kind, fineYuan: input.fineYuan, withinGrade, measures, confiscatedValueYuan },
          await thresholdsAt(tx, now),
        ),
        summary: input.summary,
        requestedBy: this.actor.subject!,
        requestedAt: now,
      });
      await appendEvent(tx, c.id, {
        action: 'LEGAL_REVIEW_REQUESTED',
        actorSubject: this.actor.subject,
        reason: input.summary,
        at: now,
        after: {
          reviewId: review.id,
          kind: review.kind,
          fineYuan: review.fineYuan,
          grade: review.grade ?? null,
          withinGrade,
          grounds: review.grounds,
          ...(measures.length ? { measures, confiscatedValueYuan } : {}),
        },
      });
      return { review };
    });
  }

  /** The 法制科 approves or returns with written opinions; never the officer handling the case or proposing it. */
  async decide(input: DecideLegalReviewInput): Promise<{ review: LegalReview }> {
    this.requireRole('LEGAL_REVIEWER');
    requireExistingShape('LegalReview', input.reviewId, 'input.reviewId');
    return this.em.transactional(async (tx) => {
      const found = await tx.findOne(LegalReview, { id: input.reviewId });
      if (!found) {
        throw new NotFoundError('LegalReview', input.reviewId, 'input.reviewId');
      }
      const c = await tx.findOneOrFail(Case, found.case.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const review = await tx.findOneOrFail(LegalReview, { id: input.reviewId }, { refresh: true });
      if (review.status !== LegalReviewStatus.PENDING) {
        throw new ConflictError(`this review is already ${review.status}`, { status: review.status });
      }
      if (!reviewerIsIndependent(this.actor.subject!, { assigneeId: c.assignee?.id ?? null, requestedBy: review.requestedBy })) {
        throw new ForbiddenError('The legal reviewer may not be the officer who handles the case or proposed the decision');
      }
      const now = new Date();
      review.status = input.decision === LegalReviewDecision.APPROVE ? LegalReviewStatus.APPROVED : LegalReviewStatus.RETURNED;
      review.reviewedBy = this.actor.subject!;
      review.reviewedAt = now;
      review.opinion = input.opinion;
      await appendEvent(tx, c.id, {
        action: review.status === LegalReviewStatus.APPROVED ? 'LEGAL_REVIEW_APPROVED' : 'LEGAL_REVIEW_RETURNED',
        actorSubject: this.actor.subject,
        reason: input.opinion,
        at: now,
        before: { reviewId: review.id, status: LegalReviewStatus.PENDING },
        after: { reviewId: review.id, status: review.status },
      });
      return { review };
    });
  }

  /** The reviewer's queue and record (LEGAL_REVIEWER, ADMIN), oldest request first. */
  list(args: ConnectionArgs, filter: LegalReviewFilter = {}) {
    this.requireRole('LEGAL_REVIEWER', 'ADMIN');
    const where: FilterQuery<LegalReview> = filter.status ? { status: filter.status } : {};
    return paginate(this.em, LegalReview, args, { where, orderBy: { requestedAt: 'asc', id: 'asc' }, maxPageSize: this.scope.config.limits.pageSizeMax });
  }
}
