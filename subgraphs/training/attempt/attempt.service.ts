import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { hasRole } from '../../../kernel/auth/actor';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { attemptDeadline } from '../accommodation/accommodation-rules';
import { ExamAccommodation } from '../accommodation/exam-accommodation.entity';
import { Exam } from '../exam/exam.entity';
import { ExamOverride } from '../override/exam-override.entity';
import { effectiveTerms } from '../override/override-rules';
import { Question } from '../question/question.entity';
import { QuestionType } from '../question/question-enums';
import { AttemptStatus } from './attempt-enums';
import { AttemptItem } from './attempt-item.entity';
import type { AnswerQuestionInput, StartExamAttemptInput, SubmitExamAttemptInput } from './attempt.types';
import { drawPaper } from './draw-paper';
import { ExamAttempt } from './exam-attempt.entity';
import { gradeAttempt } from './grade-attempt';
import { afterGrading } from './after-grading';

/** 考试作答: start → answer → submit, on the server's clock. Only the examinee acts on their attempt. */
export class AttemptService extends BaseService {
  async start(input: StartExamAttemptInput): Promise<{ attempt: ExamAttempt }> {
    this.requireRole('OFFICER');
    const officerId = this.actor.subject!;
    const exam = await this.em.findOne(Exam, { id: input.examId, published: true });
    if (!exam) {
      throw new NotFoundError('Exam', input.examId, 'input.examId');
    }
    const now = new Date();
    const terms = effectiveTerms(exam, await this.em.findOne(ExamOverride, { examId: exam.id, officerId }));
    if (now < terms.availableFrom || now >= terms.availableUntil) {
      throw new ConflictError(`Exam ${exam.code} is open from ${terms.availableFrom.toISOString()} to ${terms.availableUntil.toISOString()}`, {
        field: 'input.examId',
      });
    }
    await this.expireOverdue(officerId, exam);
    try {
      const attempt = await this.em.transactional(async (em) => {
        const previous = await em.find(ExamAttempt, { examId: exam.id, officerId });
        if (previous.some((a) => a.status === AttemptStatus.IN_PROGRESS)) {
          throw new ConflictError('An attempt of this exam is already in progress', { field: 'input.examId' });
        }
        if (previous.length >= terms.maxAttempts) {
          throw new ConflictError(`All ${terms.maxAttempts} attempts of this exam are used`, { field: 'input.examId' });
        }
        const paper = await drawPaper(em, exam, officerId);
        const extra = (await em.findOne(ExamAccommodation, { examId: exam.id, officerId }))?.extraMinutes ?? 0;
        const deadline = attemptDeadline(now, exam.timeLimitMinutes, extra, terms.availableUntil);
        const a = em.create(ExamAttempt, { examId: exam.id, officerId, attemptNo: previous.length + 1, startedAt: now, deadline });
        paper.forEach((p, i) =>
          em.create(AttemptItem, { attemptId: a.id, position: i + 1, questionId: p.questionId, questionVersionId: p.versionId, optionOrder: p.optionOrder }),
        );
        return a;
      });
      return { attempt };
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException) {
        throw new ConflictError('An attempt of this exam is already in progress', { field: 'input.examId' });
      }
      throw e;
    }
  }

  /**
   * Refused (CONFLICT) after the deadline; the expired attempt is then graded as submitted at its deadline. Returns
   * what the answer's transaction read (the attempt, the item, its question), so the answer can be shown without
   * reading them again.
   */
  async answer(input: AnswerQuestionInput): Promise<{ attempt: ExamAttempt; item: AttemptItem; question: Question }> {
    this.requireRole('OFFICER');
    const result = await this.em.transactional(async (em) => {
      const attempt = await this.lockOwn(em, input.attemptId);
      if (new Date() > attempt.deadline) {
        await this.grade(em, attempt, await em.findOneOrFail(Exam, { id: attempt.examId }), attempt.deadline, true);
        return null;
      }
      const item = await em.findOne(AttemptItem, { attemptId: attempt.id, position: input.position });
      if (!item) {
        throw new ValidationError('input.position', `This attempt has no question ${input.position}`);
      }
      const question = await em.findOneOrFail(Question, { id: item.questionId });
      this.applyAnswer(item, question.type, input);
      return { attempt, item, question };
    });
    if (!result) {
      throw new ConflictError('The time limit has passed; the attempt was graded as submitted at its deadline', { field: 'input.attemptId' });
    }
    return result;
  }

  async submit(input: SubmitExamAttemptInput): Promise<{ attempt: ExamAttempt }> {
    this.requireRole('OFFICER');
    const attempt = await this.em.transactional(async (em) => {
      const a = await this.lockOwn(em, input.attemptId);
      const now = new Date();
      const expired = now > a.deadline;
      await this.grade(em, a, await em.findOneOrFail(Exam, { id: a.examId }), expired ? a.deadline : now, expired);
      return a;
    });
    return { attempt };
  }

  /** The examinee, trainers and admins see an attempt; an expired one is graded first. */
  async get(id: string): Promise<ExamAttempt> {
    this.requireSignedIn();
    const attempt = await this.em.findOne(ExamAttempt, { id });
    if (!attempt || (attempt.officerId !== this.actor.subject && !hasRole(this.actor, 'TRAINER', 'ADMIN'))) {
      throw new NotFoundError('ExamAttempt', id, 'id');
    }
    if (attempt.status === AttemptStatus.IN_PROGRESS && new Date() > attempt.deadline) {
      await this.em.transactional(async (em) => {
        const a = await em.findOneOrFail(ExamAttempt, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (a.status === AttemptStatus.IN_PROGRESS) {
          await this.grade(em, a, await em.findOneOrFail(Exam, { id: a.examId }), a.deadline, true);
        }
      });
      return this.em.fork().findOneOrFail(ExamAttempt, { id });
    }
    return attempt;
  }

  private async grade(em: EntityManager, attempt: ExamAttempt, exam: Exam, at: Date, expired: boolean) {
    await gradeAttempt(em, attempt, exam, at, expired);
    await afterGrading(em, attempt, exam);
  }

  private async expireOverdue(officerId: string, exam: Exam): Promise<void> {
    const stale = await this.em.find(ExamAttempt, { examId: exam.id, officerId, status: AttemptStatus.IN_PROGRESS, deadline: { $lt: new Date() } });
    for (const s of stale) {
      await this.em.transactional(async (em) => {
        const a = await em.findOneOrFail(ExamAttempt, { id: s.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (a.status === AttemptStatus.IN_PROGRESS) {
          await this.grade(em, a, exam, a.deadline, true);
        }
      });
    }
  }

  /** The caller's own attempt in progress, locked for the rest of the transaction. */
  private async lockOwn(em: EntityManager, id: string): Promise<ExamAttempt> {
    const attempt = await em.findOne(ExamAttempt, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!attempt) {
      throw new NotFoundError('ExamAttempt', id, 'input.attemptId');
    }
    if (attempt.officerId !== this.actor.subject) {
      throw new ForbiddenError('Only the examinee may answer or submit this attempt');
    }
    if (attempt.status !== AttemptStatus.IN_PROGRESS) {
      throw new ConflictError('This attempt is already graded', { field: 'input.attemptId' });
    }
    return attempt;
  }

  private applyAnswer(item: AttemptItem, type: QuestionType, input: AnswerQuestionInput): void {
    if (type === QuestionType.SHORT_ANSWER || type === QuestionType.CASE_ANALYSIS) {
      if (!input.text?.trim()) {
        throw new ValidationError('input.text', 'A written answer needs text');
      }
      item.answerText = input.text.trim();
    } else {
      const labels = [...new Set(input.selectedLabels)];
      const keys = labels.map((l) => item.optionOrder[l.charCodeAt(0) - 65]);
      if (labels.some((l) => l.length !== 1) || keys.some((k) => k === undefined)) {
        throw new ValidationError('input.selectedLabels', `Labels must be among A–${String.fromCharCode(64 + item.optionOrder.length)}`);
      }
      if (labels.length === 0 || (type !== QuestionType.MULTIPLE_CHOICE && labels.length !== 1)) {
        throw new ValidationError('input.selectedLabels', type === QuestionType.MULTIPLE_CHOICE ? 'Select at least one option' : 'Select exactly one option');
      }
      item.selectedKeys = keys;
    }
    item.answeredAt = new Date();
  }
}
