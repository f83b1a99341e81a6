import type { FilterQuery } from '@mikro-orm/core';

import { NotFoundError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import type { AttemptQuestion } from '../attempt/attempt.types';
import { optionLabel } from '../attempt/shuffle';
import { PaperMode } from '../exam/exam-enums';
import { Exam } from '../exam/exam.entity';
import { QuestionVersion } from './question-version.entity';
import { Question } from './question.entity';
import type { QuestionFilterInput } from './question-filter.inputs';

/** 题库浏览: trainers list, search and filter the bank and preview a question as an examinee sees it. */
export class QuestionBrowseService extends BaseService {
  async list(filter: QuestionFilterInput | null | undefined, args: ConnectionArgs) {
    this.requireRole('TRAINER', 'ADMIN');
    const where = await this.whereOf(filter ?? {});
    return paginate(this.em, Question, args, { where, orderBy: { topic: 'asc', id: 'asc' }, maxPageSize: this.scope.config.limits.pageSizeMax });
  }

  /** The current version as the examinee would see it: options labelled A, B, … in stored order, no answers. */
  async preview(id: string): Promise<AttemptQuestion> {
    this.requireRole('TRAINER', 'ADMIN');
    const question = await this.em.findOne(Question, { id });
    if (!question) {
      throw new NotFoundError('Question', id, 'id');
    }
    const version = await this.em.findOneOrFail(QuestionVersion, { questionId: id, version: question.currentVersion });
    return {
      position: 1,
      type: question.type,
      stem: version.stem,
      options: version.options.map((o, i) => ({ label: optionLabel(i), text: o.text })),
      selectedLabels: [],
      answerText: null,
      answered: false,
    };
  }

  /** The filter as a MikroORM query (also used by the bank export). */
  async whereOf(f: QuestionFilterInput): Promise<FilterQuery<Question>> {
    const and: FilterQuery<Question>[] = [];
    if (f.topic) {
      and.push({ topic: f.topic.trim() });
    }
    if (f.tag) {
      and.push({ tags: { $contains: [f.tag.trim()] } });
    }
    if (f.type) {
      and.push({ type: f.type });
    }
    if (f.difficulty) {
      and.push({ difficulty: f.difficulty });
    }
    if (typeof f.needsReview === 'boolean') {
      and.push({ needsReview: f.needsReview });
    }
    if (f.usedByExamId) {
      and.push(await this.usedBy(f.usedByExamId));
    }
    if (f.lawArticleId || f.search) {
      and.push({ id: { $in: await this.idsByCurrentVersion(f.lawArticleId ?? null, f.search?.trim() || null) } });
    }
    return and.length > 0 ? { $and: and } : {};
  }

  private async usedBy(examId: string): Promise<FilterQuery<Question>> {
    const exam = await this.em.findOne(Exam, { id: examId });
    if (!exam) {
      throw new NotFoundError('Exam', examId, 'filter.usedByExamId');
    }
    return exam.mode === PaperMode.FIXED ? { id: { $in: exam.questionIds } } : { $or: exam.rules.map((r) => ({ topic: r.topic, difficulty: r.difficulty })) };
  }

  /** Ids of questions whose current version cites the article and/or whose stem contains the text. */
  private async idsByCurrentVersion(lawArticleId: string | null, search: string | null): Promise<string[]> {
    const rows = await this.em.getConnection().execute<{ id: string }[]>(
      `select q.id from training.question q join training.question_version v on v.question_id = q.id and v.version = q.current_version
        where (?::uuid is null or v.law_article_id = ?::uuid) and (?::text is null or strpos(v.stem, ?::text) > 0)`,
      [lawArticleId, lawArticleId, search, search],
    );
    return rows.map((r) => r.id);
  }
}
