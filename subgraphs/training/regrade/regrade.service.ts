import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { hasRole } from '../../../kernel/auth/actor';
import { ConflictError, ForbiddenError, NotFoundError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { AttemptStatus } from '../attempt/attempt-enums';
import { AttemptItem } from '../attempt/attempt-item.entity';
import { ExamAttempt } from '../attempt/exam-attempt.entity';
import { finalizeScore } from '../attempt/grade-attempt';
import { AttemptViewService } from '../attempt/attempt-view.service';
import { issueCertification, reinstateAttemptCertification, revokeAttemptCertification } from '../certification/certification.service';
import { Certification } from '../certification/certification.entity';
import { ExamKind } from '../exam/exam-enums';
import { Exam } from '../exam/exam.entity';
import { QuestionVersion } from '../question/question-version.entity';
import { Question } from '../question/question.entity';
import { AttemptScoreChange } from './attempt-score-change.entity';
import { certificationConsequence, checkRegradeReason, hasFinalScore, regradeItem } from './regrade-rules';
import type { RegradeExamAttemptsInput, RegradeExamAttemptsPayload, RegradeExamInput } from './regrade.inputs';
import { scoreChangesByAttempt } from './regrade.loaders';

/** An attempt item graded against an older version of its question. */
type StaleItem = { attempt_id: string; question_id: string; question_version_id: string };

/** Items of the attempts whose version is not their question's current one (optionally of one question): one statement. */
const STALE_ITEMS = (attempts: number, oneQuestion: boolean) => `select i.attempt_id, i.question_id, i.question_version_id
  from training.attempt_item i join training.question q on q.id = i.question_id
  join training.question_version v on v.question_id = q.id and v.version = q.current_version
  where i.attempt_id in (${Array.from({ length: attempts }, () => '?').join(', ')}) and i.question_version_id <> v.id
  ${oneQuestion ? 'and i.question_id = ?' : ''} order by i.attempt_id, i.position`;

/**
 * 重新评分: after `reviseQuestion` fixed questions, a trainer regrades the submitted attempts of an exam that were
 * graded against an older version — of one question (`regrade`) or of every fixed question at once (`regradeExam`).
 * All in one transaction with the exam's attempts locked, so a refusal changes nothing and two trainers regrading at
 * once regrade each attempt once; a second regrade finds nothing to do. Each question regraded in an attempt is one
 * entry of its scoreHistory; the certificate follows the attempt's pass/fail before and after the whole call.
 */
export class RegradeService extends BaseService {
  regrade(input: RegradeExamAttemptsInput): Promise<RegradeExamAttemptsPayload> {
    return this.run(input.examId, input.questionId, input.reason);
  }

  regradeExam(input: RegradeExamInput): Promise<RegradeExamAttemptsPayload> {
    return this.run(input.examId, null, input.reason);
  }

  private async run(examId: string, questionId: string | null, rawReason: string): Promise<RegradeExamAttemptsPayload> {
    this.requireRole('TRAINER', 'ADMIN');
    const reason = checkRegradeReason(rawReason);
    return this.em.transactional(async (em) => {
      const exam = await em.findOne(Exam, { id: examId });
      if (!exam) {
        throw new NotFoundError('Exam', examId, 'input.examId');
      }
      if (questionId && !(await em.findOne(Question, { id: questionId }))) {
        throw new NotFoundError('Question', questionId, 'input.questionId');
      }
      const attempts = await em.find(
        ExamAttempt,
        { examId: exam.id, status: { $in: [AttemptStatus.GRADED, AttemptStatus.AWAITING_GRADING] } },
        { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
      );
      const stale =
        attempts.length === 0
          ? []
          : await em
              .getConnection()
              .execute<StaleItem[]>(
                STALE_ITEMS(attempts.length, questionId !== null),
                [...attempts.map((a) => a.id), ...(questionId ? [questionId] : [])],
                'all',
                em.getTransactionContext(),
              );
      const questionIds = [...new Set(stale.map((s) => s.question_id))].sort();
      const questions = await em.find(Question, { id: { $in: questionIds } });
      const versions = await em.find(QuestionVersion, { questionId: { $in: questionIds } });
      const attemptIds = [...new Set(stale.map((s) => s.attempt_id))];
      const items = await em.find(AttemptItem, { attemptId: { $in: attemptIds } }, { orderBy: { attemptId: 'asc', position: 'asc' } });
      const regraded: ExamAttempt[] = [];
      const at = new Date();
      let scoreChanged = 0;
      for (const attempt of attempts.filter((a) => stale.some((s) => s.attempt_id === a.id))) {
        const before = { score: attempt.scorePercent, passed: attempt.passed };
        const own = items.filter((i) => i.attemptId === attempt.id);
        // in paper order; one history entry per question, a millisecond apart so the history reads in that order
        const fixed = [...new Set(stale.filter((s) => s.attempt_id === attempt.id).map((s) => s.question_id))];
        fixed.forEach((id, k) => {
          const question = questions.find((q) => q.id === id)!;
          const changedAt = new Date(at.getTime() + k);
          this.regradeQuestion(em, { exam, question, versions, attempt, items: own, reason, changedAt, oneQuestion: questionId !== null });
        });
        await this.certify(em, exam, attempt, before.passed, reason);
        scoreChanged += before.score === attempt.scorePercent ? 0 : 1;
        regraded.push(attempt);
      }
      return { attempts: regraded, scoreChanged, questionIds };
    });
  }

  /** Re-scores the attempt's items of one question against its current version, its score when GRADED, and records the change. */
  private regradeQuestion(
    em: EntityManager,
    c: {
      exam: Exam;
      question: Question;
      versions: QuestionVersion[];
      attempt: ExamAttempt;
      items: AttemptItem[];
      reason: string;
      changedAt: Date;
      oneQuestion: boolean;
    },
  ): void {
    const revised = c.versions.find((v) => v.questionId === c.question.id && v.version === c.question.currentVersion)!;
    const before = { score: c.attempt.scorePercent, passed: c.attempt.passed };
    const stale = c.items.filter((i) => i.questionId === c.question.id && i.questionVersionId !== revised.id);
    const fromVersion = c.versions.find((v) => v.id === stale[0].questionVersionId)!.version;
    for (const item of stale) {
      try {
        item.score = regradeItem(c.question.type, revised, { ...item, answered: item.answeredAt !== null });
      } catch (e) {
        throw c.oneQuestion || !(e instanceof ConflictError)
          ? e
          : new ConflictError(`Question ${c.question.id}: ${e.message}`, { field: 'input.examId', questionId: c.question.id });
      }
      item.questionVersionId = revised.id;
    }
    if (hasFinalScore(c.attempt)) {
      finalizeScore(c.attempt, c.items, c.exam);
    }
    em.create(AttemptScoreChange, {
      attemptId: c.attempt.id,
      changedBy: this.actor.subject!,
      changedAt: c.changedAt,
      reason: c.reason,
      questionId: c.question.id,
      fromVersion,
      toVersion: revised.version,
      oldScorePercent: before.score,
      newScorePercent: c.attempt.scorePercent,
      oldPassed: before.passed,
      newPassed: c.attempt.passed,
    });
  }

  /** 成绩变更史 of an attempt: trainers always; the examinee while the exam's review policy shows them the score. */
  async history(attempt: ExamAttempt): Promise<AttemptScoreChange[]> {
    this.requireSignedIn();
    if (!hasRole(this.actor, 'TRAINER', 'ADMIN')) {
      if (attempt.officerId !== this.actor.subject) {
        throw new ForbiddenError('Only the examinee and trainers may see this attempt');
      }
      if (!(await this.scope.services.get(AttemptViewService).visibility(attempt)).score) {
        return [];
      }
    }
    return this.scope.loaders.get(scoreChangesByAttempt).load(attempt.id);
  }

  private async certify(em: EntityManager, exam: Exam, attempt: ExamAttempt, oldPassed: boolean | null, reason: string): Promise<void> {
    if (exam.kind !== ExamKind.CERTIFICATION) {
      return;
    }
    const issuedBefore = (await em.count(Certification, { sourceAttemptId: attempt.id })) > 0;
    const consequence = certificationConsequence(oldPassed, attempt.passed, issuedBefore);
    const by = this.actor.subject!;
    if (consequence === 'ISSUE') {
      await issueCertification(em, attempt.officerId, attempt.id, exam.code, attempt.submittedAt!);
    } else if (consequence === 'REINSTATE') {
      await reinstateAttemptCertification(em, attempt.officerId, attempt.id, `重新评分通过${exam.code}，恢复资格：${reason}`.slice(0, 200), by);
    } else if (consequence === 'REVOKE') {
      await revokeAttemptCertification(em, attempt.officerId, attempt.id, `重新评分未通过${exam.code}：${reason}`.slice(0, 200), by);
    }
  }
}
