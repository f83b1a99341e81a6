import { hasRole } from '../../../kernel/auth/actor';
import { ForbiddenError, ValidationError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { ExamAttempt } from '../attempt/exam-attempt.entity';
import type { Enrollment } from '../enrollment/enrollment.entity';
import { enrollmentsByOfficer } from '../enrollment/enrollment.loaders';
import type { ExamAssignment } from '../exam-assignment/exam-assignment.entity';
import { examAssignmentsByOfficer } from '../exam-assignment/exam-assignment.loaders';
import { trainingHoursByOfficerYear } from '../training-hours/training-hours.loaders';
import type { TrainingHoursSummary } from '../training-hours/training-hours.types';

export class OfficerTrainingService extends BaseService {
  /** The officer themself, supervisors, trainers and admins may see an officer's hours. */
  hours(officerId: string, year: number): Promise<TrainingHoursSummary> {
    this.requireSelfOrStaff(officerId);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      throw new ValidationError('year', 'year must be between 2000 and 2100');
    }
    return this.scope.loaders.get(trainingHoursByOfficerYear).load({ officerId, year });
  }

  enrollments(officerId: string): Promise<Enrollment[]> {
    this.requireSelfOrStaff(officerId);
    return this.scope.loaders.get(enrollmentsByOfficer).load(officerId);
  }

  /** 考试指派: the exams assigned to the officer, by due date (the officer, supervisors, trainers). */
  examAssignments(officerId: string): Promise<ExamAssignment[]> {
    this.requireSelfOrStaff(officerId);
    return this.scope.loaders.get(examAssignmentsByOfficer).load(officerId);
  }

  /** 考试记录: the officer's attempts of every exam, latest first (the officer, supervisors, trainers). */
  examAttempts(officerId: string, args: ConnectionArgs) {
    this.requireSelfOrStaff(officerId);
    return paginate(this.em, ExamAttempt, args, {
      where: { officerId },
      orderBy: { startedAt: 'desc', id: 'desc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  protected requireSelfOrStaff(officerId: string): void {
    this.requireSignedIn();
    const self = this.actor.subject === officerId;
    if (!self && !hasRole(this.actor, 'SUPERVISOR', 'TRAINER', 'ADMIN')) {
      throw new ForbiddenError('Only the officer, supervisors and trainers may see this');
    }
  }
}
