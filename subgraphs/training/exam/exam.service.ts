import { ConflictError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { ExamAttempt } from '../attempt/exam-attempt.entity';
import { countedAttempt } from '../attempt/counted-attempt';
import { examineeVisibility } from '../attempt/examinee-visibility';
import { overrideByOfficerExam } from '../override/override.loaders';
import { AttemptStatus } from '../attempt/attempt-enums';
import { AttemptItem } from '../attempt/attempt-item.entity';
import { itemStatistics } from '../attempt/item-statistics';
import { QuestionVersion } from '../question/question-version.entity';
import { Question } from '../question/question.entity';
import { PaperMode } from './exam-enums';
import { Exam } from './exam.entity';
import type { CreateExamInput, ExamOutcome, ItemStatisticView } from './exam.inputs';
import { checkReviewPolicy, defaultReviewPolicy } from './review-policy';

export class ExamService extends BaseService {
  async create(input: CreateExamInput): Promise<{ exam: Exam }> {
    this.requireRole('TRAINER', 'ADMIN');
    if (input.availableUntil <= input.availableFrom) {
      throw new ValidationError('input.availableUntil', 'availableUntil must be after availableFrom');
    }
    const reviewPolicy = input.reviewPolicy ? checkReviewPolicy(input.reviewPolicy, input) : defaultReviewPolicy(input);
    if (input.mode === PaperMode.FIXED) {
      const ids = [...new Set(input.questionIds)];
      if (ids.length === 0 || (await this.em.count(Question, { id: { $in: ids } })) !== ids.length) {
        throw new ValidationError('input.questionIds', 'A fixed paper needs existing questions');
      }
    } else {
      if (input.rules.length === 0) {
        throw new ValidationError('input.rules', 'A random paper needs at least one rule');
      }
      for (const [i, r] of input.rules.entries()) {
        const n = await this.em.count(Question, { topic: r.topic, difficulty: r.difficulty, needsReview: false });
        if (n < r.count) {
          throw new ValidationError(`input.rules.${i}.count`, `Only ${n} ${r.difficulty} questions on ${r.topic}`);
        }
      }
    }
    if ((await this.em.count(Exam, { code: input.code })) > 0) {
      throw new ConflictError(`Exam ${input.code} exists`, { field: 'input.code' });
    }
    const exam = this.em.create(Exam, {
      ...input,
      questionIds: input.mode === PaperMode.FIXED ? [...new Set(input.questionIds)] : [],
      rules: input.mode === PaperMode.RANDOM ? input.rules.map((r) => ({ ...r })) : [],
      reviewPolicy,
      published: true,
    });
    await this.em.flush();
    return { exam };
  }

  list(args: ConnectionArgs) {
    this.requireRole('OFFICER', 'SUPERVISOR', 'TRAINER', 'ADMIN');
    return paginate(this.em, Exam, args, {
      where: { published: true },
      orderBy: { code: 'asc', id: 'asc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  async get(id: string): Promise<Exam> {
    this.requireRole('OFFICER', 'SUPERVISOR', 'TRAINER', 'ADMIN');
    const exam = await this.em.findOne(Exam, { id, published: true });
    if (!exam) {
      throw new NotFoundError('Exam', id, 'id');
    }
    return exam;
  }

  /** 作答记录 of one exam, latest first (trainers). */
  attempts(examId: string, args: ConnectionArgs) {
    this.requireRole('TRAINER', 'ADMIN');
    return paginate(this.em, ExamAttempt, args, {
      where: { examId },
      orderBy: { startedAt: 'desc', id: 'desc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  /** The caller's counted result (officers). */
  async outcome(exam: Exam): Promise<ExamOutcome> {
    this.requireRole('OFFICER');
    const attempts = await this.em.find(ExamAttempt, { examId: exam.id, officerId: this.actor.subject! });
    const override = await this.scope.loaders.get(overrideByOfficerExam).load(`${this.actor.subject!}|${exam.id}`);
    const counted = countedAttempt(attempts, exam.countingPolicy);
    const shown = examineeVisibility(exam, attempts, override).score;
    return {
      scorePercent: shown ? (counted?.scorePercent ?? null) : null,
      passed: shown ? (counted?.passed ?? false) : null,
      attemptsUsed: attempts.length,
      attemptsLeft: Math.max(0, exam.maxAttempts + (override?.extraAttempts ?? 0) - attempts.length),
    };
  }

  /** 试题分析 over graded attempts: three statements whatever the number of attempts. */
  async statistics(examId: string): Promise<ItemStatisticView[]> {
    this.requireRole('TRAINER', 'ADMIN');
    const attempts = await this.em.find(ExamAttempt, { examId, status: AttemptStatus.GRADED });
    const items = await this.em.find(AttemptItem, { attemptId: { $in: attempts.map((a) => a.id) } });
    const totals = new Map<string, number>();
    items.forEach((i) => totals.set(i.attemptId, (totals.get(i.attemptId) ?? 0) + (i.score ?? 0)));
    const stats = itemStatistics(
      attempts.map((a) => ({ attemptId: a.id, totalScore: totals.get(a.id) ?? 0 })),
      items.map((i) => ({ attemptId: i.attemptId, questionVersionId: i.questionVersionId, score: i.score ?? 0 })),
    );
    const versions = await this.em.find(QuestionVersion, { id: { $in: stats.map((s) => s.questionVersionId) } });
    return stats.map((s) => ({ ...s, stem: versions.find((v) => v.id === s.questionVersionId)?.stem ?? '' }));
  }
}
