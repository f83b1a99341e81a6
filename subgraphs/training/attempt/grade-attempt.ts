import type { EntityManager } from '@mikro-orm/postgresql';

import type { Exam } from '../exam/exam.entity';
import { QuestionVersion } from '../question/question-version.entity';
import { Question } from '../question/question.entity';
import { QuestionType } from '../question/question-enums';
import { AttemptStatus } from './attempt-enums';
import { AttemptItem } from './attempt-item.entity';
import type { ExamAttempt } from './exam-attempt.entity';
import { gradeItem } from './grade-item';

/**
 * Grades a locked IN_PROGRESS attempt against the versions it drew. `at` is the submission time (the deadline
 * when it expired). An answered CASE_ANALYSIS item is left ungraded (score null) for a trainer and the attempt waits
 * in AWAITING_GRADING without a score; otherwise it is final at once (`finalizeScore`).
 */
export async function gradeAttempt(em: EntityManager, attempt: ExamAttempt, exam: Exam, at: Date, expired: boolean): Promise<void> {
  const items = await em.find(AttemptItem, { attemptId: attempt.id }, { orderBy: { position: 'asc' } });
  const versions = await em.find(QuestionVersion, { id: { $in: items.map((i) => i.questionVersionId) } });
  const questions = await em.find(Question, { id: { $in: items.map((i) => i.questionId) } });
  let waiting = false;
  for (const item of items) {
    const version = versions.find((v) => v.id === item.questionVersionId)!;
    const type = questions.find((q) => q.id === item.questionId)!.type;
    const answered = item.answeredAt !== null;
    if (type === QuestionType.CASE_ANALYSIS && answered) {
      item.score = null;
      waiting = true;
      continue;
    }
    item.score = gradeItem(type, version, answered ? { selectedKeys: item.selectedKeys ?? [], text: item.answerText } : null);
  }
  Object.assign(attempt, { submittedAt: at, expired });
  if (waiting) {
    Object.assign(attempt, { status: AttemptStatus.AWAITING_GRADING, scorePercent: null, passed: null });
  } else {
    finalizeScore(attempt, items, exam);
  }
}

/** Score = mean item score × 100, two decimals; passed = score ≥ the exam's pass mark; the attempt is GRADED. */
export function finalizeScore(attempt: ExamAttempt, items: { score: number | null }[], exam: Pick<Exam, 'passMarkPercent'>): void {
  const total = items.reduce((sum, i) => sum + (i.score ?? 0), 0);
  const scorePercent = items.length === 0 ? 0 : Math.round((total / items.length) * 10000) / 100;
  Object.assign(attempt, { status: AttemptStatus.GRADED, scorePercent, passed: scorePercent >= exam.passMarkPercent });
}
