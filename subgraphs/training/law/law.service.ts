import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { ConflictError, NotFoundError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { PaperMode } from '../exam/exam-enums';
import { Exam } from '../exam/exam.entity';
import { ExamReadinessService } from '../exam/exam-readiness.service';
import { Question } from '../question/question.entity';
import { LawArticleStatus } from './law-enums';
import { LawArticle } from './law-article.entity';
import { checkEffectiveOn, requireText, reviewReason } from './law-rules';
import type { AmendLawArticleInput, LawArticlePayload, RetireLawArticleInput } from './law.inputs';

/** 法条库: amending or retiring a version flags, in the same transaction, every question whose current version cites it. */
export class LawService extends BaseService {
  async amend(input: AmendLawArticleInput): Promise<LawArticlePayload> {
    this.requireRole('TRAINER');
    const versionLabel = requireText(input.newVersionLabel, 2, 'input.newVersionLabel');
    const effectiveOn = checkEffectiveOn(input.effectiveOn);
    const summary = requireText(input.summary, 5, 'input.summary');
    return this.em
      .transactional(async (em) => {
        const previous = await this.lockCurrent(em, input.lawArticleId);
        if ((await em.count(LawArticle, { lawName: previous.lawName, article: previous.article, versionLabel })) > 0) {
          throw new ConflictError(`${previous.lawName}${previous.article} already has a version ${versionLabel}`, { field: 'input.newVersionLabel' });
        }
        const current = em.create(LawArticle, {
          lawName: previous.lawName,
          article: previous.article,
          versionLabel,
          effectiveOn,
          summary,
          supersedes: previous.id,
        });
        previous.status = LawArticleStatus.AMENDED;
        previous.statusReason = `被${versionLabel}取代`;
        await em.flush();
        const flagged = await this.flagCiting(em, previous, reviewReason('AMENDED', label(previous), versionLabel));
        return { previous, current, flagged };
      })
      .then((r) => this.withImpact(r));
  }

  async retire(input: RetireLawArticleInput): Promise<LawArticlePayload> {
    this.requireRole('TRAINER');
    const reason = requireText(input.reason, 5, 'input.reason');
    return this.em
      .transactional(async (em) => {
        const previous = await this.lockCurrent(em, input.lawArticleId);
        previous.status = LawArticleStatus.RETIRED;
        previous.statusReason = reason;
        await em.flush();
        const flagged = await this.flagCiting(em, previous, reviewReason('RETIRED', label(previous), reason));
        return { previous, current: null, flagged };
      })
      .then((r) => this.withImpact(r));
  }

  list(args: ConnectionArgs) {
    this.requireRole('TRAINER', 'ADMIN');
    return paginate(this.em, LawArticle, args, {
      where: {},
      orderBy: { lawName: 'asc', article: 'asc', effectiveOn: 'asc', id: 'asc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  needingReview(args: ConnectionArgs) {
    this.requireRole('TRAINER');
    return paginate(this.em, Question, args, { where: { needsReview: true }, orderBy: { id: 'asc' }, maxPageSize: this.scope.config.limits.pageSizeMax });
  }

  private async lockCurrent(em: EntityManager, id: string): Promise<LawArticle> {
    const article = await em.findOne(LawArticle, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!article) {
      throw new NotFoundError('LawArticle', id, 'input.lawArticleId');
    }
    if (article.status !== LawArticleStatus.CURRENT) {
      throw new ConflictError(`This version is already ${article.status}`, { field: 'input.lawArticleId' });
    }
    return article;
  }

  /** One UPDATE: questions whose current version cites the article; their ids. */
  private async flagCiting(em: EntityManager, article: LawArticle, reason: string): Promise<string[]> {
    const rows = await em.getConnection().execute<{ id: string }[]>(
      `update training.question q set needs_review = true, review_reason = ?, updated_at = now()
       from training.question_version v where v.question_id = q.id and v.version = q.current_version and v.law_article_id = ?
       returning q.id`,
      [reason, article.id],
      'all',
      em.getTransactionContext(),
    );
    return rows.map((r) => r.id);
  }

  /** After the change is committed: the flagged questions and the open exams that can no longer draw a paper. */
  private async withImpact(r: { previous: LawArticle; current: LawArticle | null; flagged: string[] }): Promise<LawArticlePayload> {
    const em = this.em.fork();
    const flagged = await em.find(Question, { id: { $in: r.flagged } }, { orderBy: { id: 'asc' } });
    const exams = await em.find(Exam, { published: true, mode: PaperMode.RANDOM }, { orderBy: { code: 'asc' } });
    const examsUnableToDraw = await this.scope.services.get(ExamReadinessService).unableToDraw(exams);
    return { previous: r.previous, current: r.current, flaggedQuestions: flagged.length, flagged, examsUnableToDraw };
  }
}

const label = (a: LawArticle) => `${a.lawName}${a.article}（${a.versionLabel}）`;
