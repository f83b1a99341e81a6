import { flushOrConflict } from '../../../kernel/db/flush-or-conflict';
import { ConflictError, NotFoundError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { Exam } from '../exam/exam.entity';
import { ExamOverride } from './exam-override.entity';
import { checkOverride } from './override-rules';
import type { ExamOverridePayload, GrantExamOverrideInput } from './override.inputs';

/** 个人考试调整: trainers grant extra attempts or a personal window; startExamAttempt and the review policy apply it. */
export class OverrideService extends BaseService {
  async grant(input: GrantExamOverrideInput): Promise<ExamOverridePayload> {
    this.requireRole('TRAINER');
    const exam = await this.em.findOne(Exam, { id: input.examId });
    if (!exam) {
      throw new NotFoundError('Exam', input.examId, 'input.examId');
    }
    const terms = { extraAttempts: input.extraAttempts, availableFrom: input.availableFrom ?? null, availableUntil: input.availableUntil ?? null };
    const reason = checkOverride({ ...terms, reason: input.reason }, exam);
    const conflict = () => new ConflictError('This officer already has an override for this exam', { field: 'input.officerId' });
    if ((await this.em.count(ExamOverride, { examId: exam.id, officerId: input.officerId })) > 0) {
      throw conflict();
    }
    const override = this.em.create(ExamOverride, { examId: exam.id, officerId: input.officerId, ...terms, reason, grantedBy: this.actor.subject! });
    await flushOrConflict(this.em, conflict);
    return { override };
  }
}
