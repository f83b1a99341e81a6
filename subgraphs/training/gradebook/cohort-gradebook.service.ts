import { NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs, ConnectionShape } from '../../../kernel/graphql/connection';
import { BaseService } from '../../../kernel/services/base.service';
import { attemptsByOfficerExam } from '../attempt/attempt.loaders';
import type { ExamAttempt } from '../attempt/exam-attempt.entity';
import type { Certification } from '../certification/certification.entity';
import { currentCertificationByOfficer } from '../certification/certification.loaders';
import { Cohort } from '../cohort/cohort.entity';
import type { Course } from '../course/course.entity';
import { courseById } from '../course/course.loaders';
import type { Enrollment } from '../enrollment/enrollment.entity';
import { completedLessonsByEnrollment, enrollmentsByOfficer } from '../enrollment/enrollment.loaders';
import { shanghaiDate } from '../enrollment/shanghai-date';
import type { ExamAssignment } from '../exam-assignment/exam-assignment.entity';
import { examAssignmentsByOfficer } from '../exam-assignment/exam-assignment.loaders';
import type { Exam } from '../exam/exam.entity';
import { examById } from '../exam/exam.loaders';
import type { Lesson } from '../lesson/lesson.entity';
import { lessonsByCourse } from '../lesson/lesson.loaders';
import type { ExamOverride } from '../override/exam-override.entity';
import { overrideByOfficerExam } from '../override/override.loaders';
import { TrainingProfile } from '../profile/training-profile.entity';
import { exportFile } from '../spreadsheet/export-file';
import type { ExportedFile } from '../spreadsheet/exported-file.types';
import type { SpreadsheetFormat } from '../spreadsheet/spreadsheet-format.enum';
import { cohortGradebookTable } from './cohort-gradebook-export';
import { cohortGradebookRow } from './cohort-gradebook-row';
import type { CohortGradebookRow } from './cohort-gradebook.types';
import { encodeGradebookCursor, gradebookPageStart } from './gradebook-cursor';
import { MAX_GRADEBOOK_EXPORT } from './gradebook.service';
import { officerColumns } from './officer-columns';

/**
 * 培训班成绩册: the cohort's members (keyset-paged by officer id) × what was assigned to them — courses with lesson
 * progress, exams with best score and pass — and their certification. Every read goes through a batching loader.
 */
export class CohortGradebookService extends BaseService {
  async page(cohort: Cohort, args: ConnectionArgs): Promise<ConnectionShape<CohortGradebookRow>> {
    this.requireRole('TRAINER', 'ADMIN');
    const after = gradebookPageStart(args, this.scope.config.limits.pageSizeMax);
    const members = [...new Set(cohort.officerIds)].sort().filter((id) => after === null || id > after);
    const rows = await this.rows(members.slice(0, args.first));
    const edges = rows.map((node) => ({ node, cursor: encodeGradebookCursor(node.officer.id) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: members.length > args.first,
        hasPreviousPage: after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: new Set(cohort.officerIds).size,
    };
  }

  /** Every member (at most MAX_GRADEBOOK_EXPORT) as a spreadsheet with names (officerColumns), by officer id. */
  async export(cohortId: string, format: SpreadsheetFormat): Promise<ExportedFile> {
    this.requireRole('TRAINER', 'ADMIN');
    const cohort = await this.em.findOne(Cohort, { id: cohortId });
    if (!cohort) {
      throw new NotFoundError('Cohort', cohortId, 'cohortId');
    }
    const members = [...new Set(cohort.officerIds)].sort();
    if (members.length > MAX_GRADEBOOK_EXPORT) {
      throw new ValidationError('cohortId', `The cohort has more than ${MAX_GRADEBOOK_EXPORT} members; page through Cohort.gradebook instead`);
    }
    const who = await officerColumns(this.scope, members, { entity: 'CohortGradebook', entityId: cohort.id });
    const { header, cells } = cohortGradebookTable(await this.rows(members), who);
    // a file or worksheet name holds none of \ / : * ? [ ] (a cohort's name may)
    return exportFile(`培训班成绩册-${cohort.name.replace(/[\\/:*?[\]]/g, '_')}`, header, cells, format);
  }

  private async rows(officerIds: string[]): Promise<CohortGradebookRow[]> {
    if (officerIds.length === 0) {
      return [];
    }
    const loaders = this.scope.loaders;
    const [enrollments, assignments, certifications, profiles] = await Promise.all([
      loaders.get(enrollmentsByOfficer).loadMany(officerIds) as Promise<Enrollment[][]>,
      loaders.get(examAssignmentsByOfficer).loadMany(officerIds) as Promise<ExamAssignment[][]>,
      loaders.get(currentCertificationByOfficer).loadMany(officerIds) as Promise<(Certification | null)[]>,
      this.em.find(TrainingProfile, { officerId: { $in: officerIds } }),
    ]);
    const assigned = enrollments
      .flat()
      .filter((e) => e.assignedBy !== null)
      .sort((a, b) => a.courseId.localeCompare(b.courseId));
    const exams = assignments.flat();
    const pairs = exams.map((a) => `${a.officerId}|${a.examId}`);
    const [courses, lessons, done, examRows, attempts, overrides] = await Promise.all([
      loaders.get(courseById).loadMany(assigned.map((e) => e.courseId)) as Promise<Course[]>,
      loaders.get(lessonsByCourse).loadMany(assigned.map((e) => e.courseId)) as Promise<Lesson[][]>,
      loaders.get(completedLessonsByEnrollment).loadMany(assigned.map((e) => e.id)) as Promise<number[]>,
      loaders.get(examById).loadMany(exams.map((a) => a.examId)) as Promise<Exam[]>,
      loaders.get(attemptsByOfficerExam).loadMany(pairs) as Promise<ExamAttempt[][]>,
      loaders.get(overrideByOfficerExam).loadMany(pairs) as Promise<(ExamOverride | null)[]>,
    ]);
    const units = new Map(profiles.map((p) => [p.officerId, p.unitId]));
    const today = shanghaiDate(new Date());
    return officerIds.map((officerId, i) => {
      const myCourses = assigned.flatMap((e, j) => (e.officerId === officerId ? [{ e, j }] : []));
      const myExams = exams.flatMap((a, j) => (a.officerId === officerId ? [{ a, j }] : []));
      const summary = cohortGradebookRow(
        myCourses.map(({ e, j }) => ({
          courseId: e.courseId,
          status: e.status,
          dueOn: e.dueOn,
          lessonsCompleted: done[j] ?? 0,
          lessonsTotal: lessons[j]?.length ?? 0,
        })),
        myExams.map(({ a, j }) => ({
          examId: a.examId,
          dueOn: a.dueOn,
          attempts: attempts[j] ?? [],
          countingPolicy: examRows[j].countingPolicy,
          maxAttempts: examRows[j].maxAttempts,
          extraAttempts: overrides[j]?.extraAttempts ?? 0,
        })),
        certifications[i] ?? null,
        today,
      );
      const unitId = units.get(officerId);
      return {
        ...summary,
        officer: { id: officerId },
        unit: unitId ? { id: unitId } : null,
        courses: summary.courses.map((c, k) => ({ ...c, course: courses[myCourses[k].j] })),
        exams: summary.exams.map((x, k) => ({ ...x, exam: examRows[myExams[k].j] })),
        certification: certifications[i] ?? null,
      };
    });
  }
}
