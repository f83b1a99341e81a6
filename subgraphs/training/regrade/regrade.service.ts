import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { hasRole } from '../../../kernel/auth/actor';
import { ForbiddenError, NotFoundError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { AttemptStatus } from '../attempt/attempt-enums';
import { AttemptItem } from '../attempt/attempt-item.entity';
import { ExamAttempt } from '../attempt/exam-attempt.entity';
import { finalizeScore } from '../attempt/grade-attempt';
import { AttemptViewService } from '../attempt/attempt-view.service';
import { issueCertification, revokeAttemptCertification } from '../certification/certification.service';
import { Certification } from '../certification/certification.entity';
import { ExamKind } from '../exam/exam-enums';
import { Exam } from '../exam/exam.entity';
import { QuestionVersion } from '../question/question-version.entity';
import { Question } from '../question/question.entity';
import { AttemptScoreChange } from './attempt-score-change.entity';
import { certificationConsequence, checkRegradeReason, hasFinalScore, regradeItem } from './regrade-rules';
import type { RegradeExamAttemptsInput, RegradeExamAttemptsPayload } from './regrade.inputs';
import { scoreChangesByAttempt } from './regrade.loaders';

/**
 * 重新评分: after `reviseQuestion` fixed a question, a trainer regrades the submitted attempts of an exam that were
 * graded against an older version. All in one transaction with the exam's attempts locked, so a refusal changes
 * nothing and two trainers regrading at once regrade each attempt once; a second regrade finds nothing to do.
 */
export class RegradeService extends BaseService {
  async regrade(input: RegradeExamAttemptsInput): Promise<RegradeExamAttemptsPayload> {
    this.requireRole('TRAINER', 'ADMIN');
    const reason = checkRegradeReason(input.reason);
    return this.em.transactional(async (em) => {
      const [exam, question] = await Promise.all([em.findOne(Exam, { id: input.examId }), em.findOne(Question, { id: input.questionId })]);
      if (!exam) {
        throw new NotFoundError('Exam', input.examId, 'input.examId');
      }
      if (!question) {
        throw new NotFoundError('Question', input.questionId, 'input.questionId');
      }
      const revised = await em.findOneOrFail(QuestionVersion, { questionId: question.id, version: question.currentVersion });
      const attempts = await em.find(
        ExamAttempt,
        { examId: exam.id, status: { $in: [AttemptStatus.GRADED, AttemptStatus.AWAITING_GRADING] } },
        { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
      );
      const stale = await em.find(AttemptItem, {
        attemptId: { $in: attempts.map((a) => a.id) },
        questionId: question.id,
        questionVersionId: { $ne: revised.id },
      });
      const drawn = await em.find(QuestionVersion, { id: { $in: stale.map((i) => i.questionVersionId) } });
      const regraded: ExamAttempt[] = [];
      let scoreChanged = 0;
      for (const attempt of attempts.filter((a) => stale.some((i) => i.attemptId === a.id))) {
        const before = { score: attempt.scorePercent, passed: attempt.passed };
        const fromVersion = drawn.find((v) => v.id === stale.find((i) => i.attemptId === attempt.id)!.questionVersionId)!.version;
        await this.regradeAttempt(em, { exam, question, revised, attempt });
        em.create(AttemptScoreChange, {
          attemptId: attempt.id,
          changedBy: this.actor.subject!,
          changedAt: new Date(),
          reason,
          questionId: question.id,
          fromVersion,
          toVersion: revised.version,
          oldScorePercent: before.score,
          newScorePercent: attempt.scorePercent,
          oldPassed: before.passed,
          newPassed: attempt.passed,
        });
        await this.certify(em, exam, attempt, before.passed, reason);
        scoreChanged += before.score === attempt.scorePercent ? 0 : 1;
        regraded.push(attempt);
      }
      return { attempts: regraded, scoreChanged };
    });
  }

  /** Re-scores the attempt's items of the question against `revised` and, when it was GRADED, its score. */
  private async regradeAttempt(em: EntityManager, c: { exam: Exam; question: Question; revised: QuestionVersion; attempt: ExamAttempt }): Promise<void> {
    const items = await em.find(AttemptItem, { attemptId: c.attempt.id });
    for (const item of items.filter((i) => i.questionId === c.question.id && i.questionVersionId !== c.revised.id)) {
      item.score = regradeItem(c.question.type, c.revised, { ...item, answered: item.answeredAt !== null });
      item.questionVersionId = c.revised.id;
    }
    if (hasFinalScore(c.attempt)) {
      finalizeScore(c.attempt, items, c.exam);
    }
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
    if (consequence === 'ISSUE') {
      await issueCertification(em, attempt.officerId, attempt.id, exam.code, attempt.submittedAt!);
    } else if (consequence === 'REVOKE') {
      await revokeAttemptCertification(em, attempt.officerId, attempt.id, `重新评分未通过${exam.code}：${reason}`.slice(0, 200), this.actor.subject!);
    }
  }
}
