import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { ConflictError, NotFoundError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
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
    return this.em.transactional(async (em) => {
      const previous = await this.lockCurrent(em, input.lawArticleId);
      if ((await em.count(LawArticle, { lawName: previous.lawName, article: previous.article, versionLabel })) > 0) {
        throw new ConflictError(`${previous.lawName}${previous.article} already has a version ${versionLabel}`, { field: 'input.newVersionLabel' });
      }
      const current = em.create(LawArticle, { lawName: previous.lawName, article: previous.article, versionLabel, effectiveOn, summary, supersedes: previous.id });
      previous.status = LawArticleStatus.AMENDED;
      previous.statusReason = `被${versionLabel}取代`;
      await em.flush();
      const flaggedQuestions = await this.flagCiting(em, previous, reviewReason('AMENDED', label(previous), versionLabel));
      return { previous, current, flaggedQuestions };
    });
  }

  async retire(input: RetireLawArticleInput): Promise<LawArticlePayload> {
    this.requireRole('TRAINER');
    const reason = requireText(input.reason, 5, 'input.reason');
    return this.em.transactional(async (em) => {
      const previous = await this.lockCurrent(em, input.lawArticleId);
      previous.status = LawArticleStatus.RETIRED;
      previous.statusReason = reason;
      await em.flush();
      const flaggedQuestions = await this.flagCiting(em, previous, reviewReason('RETIRED', label(previous), reason));
      return { previous, current: null, flaggedQuestions };
    });
  }

  list(args: ConnectionArgs) {
    this.requireRole('TRAINER', 'ADMIN');
    return paginate(this.em, LawArticle, args, { where: {}, orderBy: { lawName: 'asc', article: 'asc', effectiveOn: 'asc', id: 'asc' }, maxPageSize: this.scope.config.limits.pageSizeMax });
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

  /** One UPDATE: questions whose current version cites the article. */
  private async flagCiting(em: EntityManager, article: LawArticle, reason: string): Promise<number> {
    const res = await em.getConnection().execute<{ affectedRows: number }>(
      `update training.question q set needs_review = true, review_reason = ?, updated_at = now()
       from training.question_version v where v.question_id = q.id and v.version = q.current_version and v.law_article_id = ?`,
      [reason, article.id], 'run', em.getTransactionContext());
    return res.affectedRows;
  }
}

const label = (a: LawArticle) => `${a.lawName}${a.article}（${a.versionLabel}）`;
