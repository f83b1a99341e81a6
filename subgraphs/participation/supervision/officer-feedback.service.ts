import type { FilterQuery } from '@mikro-orm/core';
import { LockMode } from '@mikro-orm/core';

import { hasRole } from '../../../kernel/auth/actor';
import { ConflictError, NotFoundError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { ObserverService } from '../observer/observer.service';
import { clientKeyOf, RateLimiter } from '../../../kernel/rate-limit/rate-limiter';
import { SUBMIT_REPORT_LIMIT } from '../rate-limit/limits';
import { FeedbackKind, FeedbackStatus } from './feedback-enums';
import type { InvestigateComplaintInput, OfficerFeedbackFilter, SendOfficerFeedbackInput } from './feedback.inputs';
import { feedbackSummaryByOfficer } from './feedback.loaders';
import { OfficerFeedback } from './officer-feedback.entity';

/** 执法监督: citizens praise or complain via the supervision code; supervisors investigate complaints. */
export class OfficerFeedbackService extends BaseService {
  async send(input: SendOfficerFeedbackInput): Promise<{ feedback: OfficerFeedback }> {
    await this.scope.services.get(RateLimiter).hit('officerFeedback', clientKeyOf(this.scope), SUBMIT_REPORT_LIMIT);
    const fromObserver = await this.scope.services.get(ObserverService).callerIsActiveObserver();
    const feedback = this.em.create(OfficerFeedback, {
      officerId: input.officerId,
      kind: input.kind,
      content: input.content.trim(),
      contactPhone: input.contactPhone ?? null,
      submitterSubject: this.actor.subject,
      fromObserver,
    });
    await this.em.flush();
    return { feedback };
  }

  async investigate(input: InvestigateComplaintInput): Promise<{ feedback: OfficerFeedback }> {
    this.requireRole('SUPERVISOR', 'ADMIN');
    const feedback = await this.em.transactional(async (em) => {
      const f = await em.findOne(OfficerFeedback, { id: input.feedbackId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!f) {
        throw new NotFoundError('OfficerFeedback', input.feedbackId, 'input.feedbackId');
      }
      if (f.kind !== FeedbackKind.COMPLAINT || f.status !== FeedbackStatus.RECEIVED) {
        throw new ConflictError('Only a complaint not yet investigated can be investigated', {
          field: 'input.feedbackId',
        });
      }
      Object.assign(f, {
        status: input.outcome,
        investigationNote: input.note.trim(),
        investigatedAt: new Date(),
      });
      return f;
    });
    return { feedback };
  }

  list(args: ConnectionArgs, filter: OfficerFeedbackFilter) {
    this.requireRole('SUPERVISOR', 'ADMIN');
    const where: FilterQuery<OfficerFeedback> = {};
    if (filter.officerId) {
      where.officerId = filter.officerId;
    }
    if (filter.kind) {
      where.kind = filter.kind;
    }
    if (filter.status) {
      where.status = filter.status;
    }
    return paginate(this.em, OfficerFeedback, args, {
      where,
      orderBy: { createdAt: 'desc', id: 'desc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  /** 执法监督码: public card — the officer reference and the praise count, nothing private. */
  async card(officerId: string) {
    const summary = await this.scope.loaders.get(feedbackSummaryByOfficer).load(officerId);
    return {
      officer: { id: officerId },
      praiseCount: summary.praiseCount,
      howToGiveFeedback: '扫描执法监督码即可对该队员的执法行为进行表扬或投诉，投诉将由督查部门核查并反馈',
    };
  }

  /** The officer themself, supervisors, administrators and trainers (assessment) see the summary. */
  maySeeSummary(officerId: string): boolean {
    return officerId === this.actor.subject || hasRole(this.actor, 'SUPERVISOR', 'ADMIN', 'TRAINER');
  }
}
