import { NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { AttemptStatus } from '../attempt/attempt-enums';
import { AttemptItem } from '../attempt/attempt-item.entity';
import { ExamAttempt } from '../attempt/exam-attempt.entity';
import { Exam } from '../exam/exam.entity';
import { QuestionVersion } from '../question/question-version.entity';
import { Question } from '../question/question.entity';
import { distractorAnalysis } from './distractor-analysis';
import type { DistractorAnalysisReport } from './item-analysis.types';

/** Longest period one analysis covers (a three-year certification cycle). */
export const MAX_PERIOD_DAYS = 1096;

/** 干扰项分析: four statements for any period (attempts, their items, the versions, the questions). */
export class ItemAnalysisService extends BaseService {
  async report(examId: string, from: Date, to: Date): Promise<DistractorAnalysisReport> {
    this.requireRole('TRAINER', 'ADMIN');
    if (!(to > from)) {
      throw new ValidationError('to', 'to must be after from');
    }
    if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * 86_400_000) {
      throw new ValidationError('to', `A period covers at most ${MAX_PERIOD_DAYS} days`);
    }
    const exam = await this.em.findOne(Exam, { id: examId });
    if (!exam) {
      throw new NotFoundError('Exam', examId, 'examId');
    }
    const attempts = await this.em.find(ExamAttempt, { examId, status: AttemptStatus.GRADED, submittedAt: { $gte: from, $lt: to } }, { fields: ['id'] });
    const items = attempts.length === 0 ? [] : await this.em.find(AttemptItem, { attemptId: { $in: attempts.map((a) => a.id) } });
    const totals = new Map<string, number>();
    items.forEach((i) => totals.set(i.attemptId, (totals.get(i.attemptId) ?? 0) + (i.score ?? 0)));
    const versionIds = [...new Set(items.map((i) => i.questionVersionId))];
    const versions = versionIds.length === 0 ? [] : await this.em.find(QuestionVersion, { id: { $in: versionIds } });
    const questions = versions.length === 0 ? [] : await this.em.find(Question, { id: { $in: [...new Set(versions.map((v) => v.questionId))] } });
    const analysis = distractorAnalysis(
      attempts.map((a) => ({ attemptId: a.id, totalScore: totals.get(a.id) ?? 0 })),
      items.map((i) => ({ attemptId: i.attemptId, questionVersionId: i.questionVersionId, selectedKeys: i.selectedKeys, score: i.score ?? 0 })),
      versions,
    );
    const versionById = new Map(versions.map((v) => [v.id, v]));
    const questionById = new Map(questions.map((q) => [q.id, q]));
    const views = analysis.map((a) => {
      const v = versionById.get(a.questionVersionId)!;
      return { ...a, question: questionById.get(v.questionId)!, version: v.version, stem: v.stem };
    });
    views.sort((a, b) => Number(b.flags.length > 0) - Number(a.flags.length > 0) || a.difficulty - b.difficulty || a.stem.localeCompare(b.stem));
    return { exam, from, to, attemptCount: attempts.length, items: views };
  }
}
