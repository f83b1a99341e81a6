import { ConflictError, NotFoundError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { insertNew, resolveAssignees } from '../enrollment/assignment-targets';
import { shanghaiDate } from '../enrollment/shanghai-date';
import { Exam } from '../exam/exam.entity';
import { produceNotices } from '../notification/notification.job';
import { checkExamDueOn } from './exam-assignment-rules';
import { ExamAssignment } from './exam-assignment.entity';
import type { AssignExamInput, AssignExamPayload } from './exam-assignment.inputs';

/** 考试指派: like course assignments, idempotent per officer and exam. */
export class ExamAssignmentService extends BaseService {
  async assign(input: AssignExamInput): Promise<AssignExamPayload> {
    this.requireRole('TRAINER', 'ADMIN');
    const exam = await this.em.findOne(Exam, { id: input.examId });
    if (!exam) {
      throw new NotFoundError('Exam', input.examId, 'input.examId');
    }
    if (!exam.published) {
      throw new ConflictError(`Exam ${exam.code} is a draft: publish it before assigning`, { field: 'input.examId' });
    }
    // the last open instant's calendar day: an exam open until 00:00 closes the day before
    checkExamDueOn(input.dueOn, shanghaiDate(new Date()), shanghaiDate(new Date(exam.availableUntil.getTime() - 1)));
    const ids = await resolveAssignees(this.em, { ...input, includeSubUnits: input.includeSubUnits ?? true });
    const createdCount = await this.em.transactional(async (em) => {
      const created = await insertNew(
        em,
        'exam_assignment',
        ['officer_id', 'exam_id'],
        ids.map((officerId) => ({
          officer_id: officerId,
          exam_id: exam.id,
          due_on: input.dueOn,
          assigned_by: this.actor.subject,
        })),
      );
      await produceNotices(em, shanghaiDate(new Date()), ids); // NEW_ASSIGNMENT (and DUE_SOON) with the assignment
      return created;
    });
    const assignments = await this.em.find(ExamAssignment, { examId: exam.id, officerId: { $in: ids } }, { orderBy: { officerId: 'asc' } });
    return { exam, assignments, createdCount };
  }
}
