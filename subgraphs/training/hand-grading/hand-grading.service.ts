import { LockMode } from '@mikro-orm/core';

import { NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { afterGrading } from '../attempt/after-grading';
import { AttemptStatus } from '../attempt/attempt-enums';
import { AttemptItem } from '../attempt/attempt-item.entity';
import { ExamAttempt } from '../attempt/exam-attempt.entity';
import { finalizeScore } from '../attempt/grade-attempt';
import { Exam } from '../exam/exam.entity';
import { QuestionType } from '../question/question-enums';
import { QuestionVersion } from '../question/question-version.entity';
import { Question } from '../question/question.entity';
import { checkHandGrade } from './hand-grade-rules';
import type { GradeCaseAnswerInput, GradeCaseAnswerPayload } from './hand-grading.inputs';

/**
 * 人工评分: trainers grade case-analysis answers. The attempt row is locked, so two trainers grading the last two
 * answers at once finalise it once; the score, pass/fail and a certification follow only the final grade.
 */
export class HandGradingService extends BaseService {
  async grade(input: GradeCaseAnswerInput): Promise<GradeCaseAnswerPayload> {
    this.requireRole('TRAINER', 'ADMIN');
    return this.em.transactional(async (em) => {
      const attempt = await em.findOne(ExamAttempt, { id: input.attemptId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!attempt) {
        throw new NotFoundError('ExamAttempt', input.attemptId, 'input.attemptId');
      }
      const items = await em.find(AttemptItem, { attemptId: attempt.id }, { orderBy: { position: 'asc' } });
      const item = items.find((i) => i.position === input.position);
      if (!item) {
        throw new ValidationError('input.position', `This attempt has no question ${input.position}`);
      }
      // one at a time: `em` is the grading transaction, whose one connection runs one statement at a time
      const questions = await em.find(Question, { id: { $in: items.map((i) => i.questionId) } });
      const version = await em.findOneOrFail(QuestionVersion, { id: item.questionVersionId });
      const exam = await em.findOneOrFail(Exam, { id: attempt.examId });
      const typeOf = (i: AttemptItem) => questions.find((q) => q.id === i.questionId)!.type;
      const comment = checkHandGrade({
        grader: this.actor.subject!,
        examineeId: attempt.officerId,
        authorId: version.authoredBy,
        authorMayGrade: exam.reviewPolicy.authorMayGrade ?? false,
        attemptStatus: attempt.status,
        itemType: typeOf(item),
        answered: item.answeredAt !== null,
        alreadyGraded: item.gradedAt !== null,
        score: input.score,
        comment: input.comment ?? null,
      });
      Object.assign(item, { score: input.score, gradedBy: this.actor.subject, gradedAt: new Date(), graderComment: comment });
      const remaining = items.filter((i) => typeOf(i) === QuestionType.CASE_ANALYSIS && i.answeredAt !== null && i.gradedAt === null).length;
      if (remaining === 0) {
        finalizeScore(attempt, items, exam);
        await afterGrading(em, attempt, exam);
      }
      return { attempt, remaining };
    });
  }

  /** 待评队列: attempts awaiting a trainer, the longest waiting first (optionally of one exam). */
  queue(args: ConnectionArgs, examId: string | null) {
    this.requireRole('TRAINER', 'ADMIN');
    return paginate(this.em, ExamAttempt, args, {
      where: examId ? { status: AttemptStatus.AWAITING_GRADING, examId } : { status: AttemptStatus.AWAITING_GRADING },
      orderBy: { submittedAt: 'asc', id: 'asc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }
}
