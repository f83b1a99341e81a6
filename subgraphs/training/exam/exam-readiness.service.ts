import { BaseService } from '../../../kernel/services/base.service';
import { PaperMode } from './exam-enums';
import type { Exam } from './exam.entity';
import { shortfallMessage, shortfalls, supplyKey } from './exam-readiness';
import { flaggedCountByPaper, questionSupplyByPool } from './exam-readiness.loaders';
import type { ExamReadiness } from './exam-readiness.types';

/** 组卷就绪: can officers start this exam now? Tells trainers before officers hit a refusal. */
export class ExamReadinessService extends BaseService {
  async readiness(exam: Exam): Promise<ExamReadiness> {
    this.requireRole('TRAINER', 'ADMIN');
    if (exam.mode === PaperMode.FIXED) {
      const flagged = await this.scope.loaders.get(flaggedCountByPaper).load(exam.questionIds.join(','));
      const ready = exam.questionIds.length > 0;
      return { ready, shortfalls: [], questionsUnderReview: flagged, message: ready ? null : '本场考试没有试题，暂时无法开始。请联系培训管理员。' };
    }
    const keys = [...new Set(exam.rules.map((r) => supplyKey(r.topic, r.difficulty)))];
    const supplies = await this.scope.loaders.get(questionSupplyByPool).loadMany(keys);
    const byKey = new Map(keys.map((k, i) => [k, supplies[i] as { available: number; underReview: number }]));
    const list = shortfalls(exam.rules, (k) => byKey.get(k)!);
    return {
      ready: list.length === 0,
      shortfalls: list,
      questionsUnderReview: [...byKey.values()].reduce((n, s) => n + s.underReview, 0),
      message: list.length > 0 ? shortfallMessage(list) : null,
    };
  }

  /** Published exams not yet closed whose paper can no longer be drawn (after a law amendment, say). */
  async unableToDraw(exams: Exam[]): Promise<Exam[]> {
    const now = new Date();
    const open = exams.filter((e) => e.published && e.availableUntil > now);
    const states = await Promise.all(open.map((e) => this.readiness(e)));
    return open.filter((_, i) => !states[i].ready);
  }
}
