import { hasRole } from '../../../kernel/auth/actor';
import { ConflictError, ForbiddenError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import type { QuestionVersion } from '../question/question-version.entity';
import type { Question } from '../question/question.entity';
import { AttemptStatus } from './attempt-enums';
import type { AttemptItem } from './attempt-item.entity';
import { examById } from '../exam/exam.loaders';
import { FULL_VISIBILITY } from '../exam/review-policy';
import type { ReviewVisibility } from '../exam/review-policy';
import { attemptsByOfficerExam, itemsByAttempt, questionById, questionVersionById } from './attempt.loaders';
import { examineeVisibility } from './examinee-visibility';
import { overrideByOfficerExam } from '../override/override.loaders';
import type { AttemptQuestion, AttemptReview } from './attempt.types';
import type { ExamAttempt } from './exam-attempt.entity';
import { optionLabel } from './shuffle';

interface Loaded {
  item: AttemptItem;
  version: QuestionVersion;
  question: Question;
}

/** What an attempt shows: the examinee view (never answers) and, only after grading, the review. */
export class AttemptViewService extends BaseService {
  async questions(attempt: ExamAttempt): Promise<AttemptQuestion[]> {
    this.requireViewer(attempt);
    return (await this.load(attempt)).map(examineeView);
  }

  /** One question of the attempt as the examinee sees it (after an answer: the item and question just read). */
  async question(attempt: ExamAttempt, item: AttemptItem, question: Question): Promise<AttemptQuestion> {
    this.requireViewer(attempt);
    const version = await this.scope.loaders.get(questionVersionById).load(item.questionVersionId);
    return examineeView({ item, version: version!, question });
  }

  /** The graded attempt as its exam's review policy shows it to the caller now; hidden parts are null. */
  async review(attempt: ExamAttempt): Promise<AttemptReview> {
    this.requireViewer(attempt);
    const grader = hasRole(this.actor, 'TRAINER', 'ADMIN') && attempt.status === AttemptStatus.AWAITING_GRADING;
    if (attempt.status !== AttemptStatus.GRADED && !grader) {
      throw new ConflictError('Answers and explanations are shown only after the attempt is graded');
    }
    const shown = await this.visibility(attempt);
    const items = (await this.load(attempt)).map(({ item, version, question }) => ({
      position: item.position,
      type: question.type,
      stem: version.stem,
      options: item.optionOrder.map((key, i) => {
        const o = version.options.find((x) => x.key === key)!;
        return { label: optionLabel(i), text: o.text, correct: shown.correctAnswers ? o.correct : null, selected: (item.selectedKeys ?? []).includes(key) };
      }),
      keywords: shown.correctAnswers ? version.keywords : null,
      answerText: item.answerText,
      score: shown.correctness ? (item.score ?? (grader ? null : 0)) : null,
      graderComment: shown.correctness ? item.graderComment : null,
      explanation: shown.explanations ? version.explanation : null,
    }));
    return { shown, scorePercent: shown.score ? attempt.scorePercent : null, passed: shown.score ? attempt.passed : null, items };
  }

  /** Score and pass/fail of an attempt as the caller may see them (null until graded or while the policy hides them). */
  async result(attempt: ExamAttempt): Promise<{ scorePercent: number | null; passed: boolean | null }> {
    if (attempt.status !== AttemptStatus.GRADED || !(await this.visibility(attempt)).score) {
      return { scorePercent: null, passed: null };
    }
    return { scorePercent: attempt.scorePercent, passed: attempt.passed };
  }

  /** Trainers and admins see everything; the examinee what the exam's review policy shows now. */
  async visibility(attempt: ExamAttempt): Promise<ReviewVisibility> {
    if (hasRole(this.actor, 'TRAINER', 'ADMIN')) {
      return FULL_VISIBILITY;
    }
    const key = `${attempt.officerId}|${attempt.examId}`;
    const [exam, attempts, override] = await Promise.all([
      this.scope.loaders.get(examById).load(attempt.examId),
      this.scope.loaders.get(attemptsByOfficerExam).load(key),
      this.scope.loaders.get(overrideByOfficerExam).load(key),
    ]);
    return examineeVisibility(exam!, attempts, override);
  }

  private requireViewer(attempt: ExamAttempt): void {
    this.requireSignedIn();
    if (attempt.officerId !== this.actor.subject && !hasRole(this.actor, 'TRAINER', 'ADMIN')) {
      throw new ForbiddenError('Only the examinee and trainers may see this attempt');
    }
  }

  private async load(attempt: ExamAttempt): Promise<Loaded[]> {
    const items = await this.scope.loaders.get(itemsByAttempt).load(attempt.id);
    const [versions, questions] = await Promise.all([
      this.scope.loaders.get(questionVersionById).loadMany(items.map((i) => i.questionVersionId)),
      this.scope.loaders.get(questionById).loadMany(items.map((i) => i.questionId)),
    ]);
    return items.map((item, i) => ({ item, version: versions[i] as QuestionVersion, question: questions[i] as Question }));
  }
}

/** The examinee's view of one question: options in the attempt's order under their labels, never the answer. */
function examineeView({ item, version, question }: Loaded): AttemptQuestion {
  const text = (key: string) => version.options.find((o) => o.key === key)!.text;
  const labelOf = (key: string) => optionLabel(item.optionOrder.indexOf(key));
  return {
    position: item.position,
    type: question.type,
    stem: version.stem,
    options: item.optionOrder.map((key, i) => ({ label: optionLabel(i), text: text(key) })),
    selectedLabels: (item.selectedKeys ?? []).map(labelOf).sort(),
    answerText: item.answerText,
    answered: item.answeredAt !== null,
  };
}
