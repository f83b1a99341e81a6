import { hasRole } from '../../../kernel/auth/actor';
import { ConflictError, ForbiddenError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import type { QuestionVersion } from '../question/question-version.entity';
import type { Question } from '../question/question.entity';
import { AttemptStatus } from './attempt-enums';
import type { AttemptItem } from './attempt-item.entity';
import { itemsByAttempt, questionById, questionVersionById } from './attempt.loaders';
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
    return (await this.load(attempt)).map(({ item, version, question }) => {
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
    });
  }

  async review(attempt: ExamAttempt): Promise<AttemptReview> {
    this.requireViewer(attempt);
    if (attempt.status !== AttemptStatus.GRADED) {
      throw new ConflictError('Answers and explanations are shown only after the attempt is graded');
    }
    const items = (await this.load(attempt)).map(({ item, version, question }) => ({
      position: item.position,
      type: question.type,
      stem: version.stem,
      options: item.optionOrder.map((key, i) => {
        const o = version.options.find((x) => x.key === key)!;
        return { label: optionLabel(i), text: o.text, correct: o.correct, selected: (item.selectedKeys ?? []).includes(key) };
      }),
      keywords: version.keywords,
      answerText: item.answerText,
      score: item.score ?? 0,
      explanation: version.explanation,
    }));
    return { scorePercent: attempt.scorePercent!, passed: attempt.passed!, items };
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
