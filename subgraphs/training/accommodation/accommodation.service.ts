import { flushOrConflict } from '../../../kernel/db/flush-or-conflict';
import { ConflictError, NotFoundError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { Exam } from '../exam/exam.entity';
import { checkAccommodation } from './accommodation-rules';
import type { ExamAccommodationPayload, GrantExamAccommodationInput } from './accommodation.inputs';
import { ExamAccommodation } from './exam-accommodation.entity';

/** 考试便利: trainers grant extra time; startExamAttempt adds it to the deadline. */
export class AccommodationService extends BaseService {
  async grant(input: GrantExamAccommodationInput): Promise<ExamAccommodationPayload> {
    this.requireRole('TRAINER');
    const reason = checkAccommodation(input.extraMinutes, input.reason);
    if ((await this.em.count(Exam, { id: input.examId })) === 0) {
      throw new NotFoundError('Exam', input.examId, 'input.examId');
    }
    const conflict = () => new ConflictError('This officer already has an accommodation for this exam', { field: 'input.officerId' });
    if ((await this.em.count(ExamAccommodation, { examId: input.examId, officerId: input.officerId })) > 0) {
      throw conflict();
    }
    const accommodation = this.em.create(ExamAccommodation, {
      examId: input.examId,
      officerId: input.officerId,
      extraMinutes: input.extraMinutes,
      reason,
      approvedBy: this.actor.subject!,
      approvedAt: new Date(),
    });
    await flushOrConflict(this.em, conflict);
    return { accommodation };
  }
}
