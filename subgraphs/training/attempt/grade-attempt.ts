import type { EntityManager } from '@mikro-orm/postgresql';

import type { Exam } from '../exam/exam.entity';
import { QuestionVersion } from '../question/question-version.entity';
import { Question } from '../question/question.entity';
import { AttemptStatus } from './attempt-enums';
import { AttemptItem } from './attempt-item.entity';
import type { ExamAttempt } from './exam-attempt.entity';
import { gradeItem } from './grade-item';

/**
 * Grades a locked IN_PROGRESS attempt against the versions it drew. `at` is the submission time (the deadline
 * when it expired). Score = mean item score × 100, two decimals; passed = score ≥ the exam's pass mark.
 */
export async function gradeAttempt(em: EntityManager, attempt: ExamAttempt, exam: Exam, at: Date, expired: boolean): Promise<void> {
  const items = await em.find(AttemptItem, { attemptId: attempt.id }, { orderBy: { position: 'asc' } });
  const versions = await em.find(QuestionVersion, { id: { $in: items.map((i) => i.questionVersionId) } });
  const questions = await em.find(Question, { id: { $in: items.map((i) => i.questionId) } });
  let total = 0;
  for (const item of items) {
    const version = versions.find((v) => v.id === item.questionVersionId)!;
    const type = questions.find((q) => q.id === item.questionId)!.type;
    const answered = item.answeredAt !== null;
    item.score = gradeItem(type, version, answered ? { selectedKeys: item.selectedKeys ?? [], text: item.answerText } : null);
    total += item.score;
  }
  const scorePercent = items.length === 0 ? 0 : Math.round((total / items.length) * 10000) / 100;
  Object.assign(attempt, {
    status: AttemptStatus.GRADED,
    submittedAt: at,
    expired,
    scorePercent,
    passed: scorePercent >= exam.passMarkPercent,
  });
}
