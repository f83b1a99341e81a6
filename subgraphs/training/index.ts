import path from 'node:path';

import { referenceVia } from '../../kernel/graphql/reference';
import { defineSubgraph } from '../../kernel/server/subgraph-definition';
import { AccommodationResolver } from './accommodation/accommodation.resolver';
import { ExamAccommodation } from './accommodation/exam-accommodation.entity';
import { LawArticle } from './law/law-article.entity';
import { LawResolver } from './law/law.resolver';
import { AttemptItem } from './attempt/attempt-item.entity';
import { AttemptResolver } from './attempt/attempt.resolver';
import { ExamAttempt } from './attempt/exam-attempt.entity';
import { Certification } from './certification/certification.entity';
import { CertificationResolver, OfficerCertificationResolver } from './certification/certification.resolver';
import { Cohort } from './cohort/cohort.entity';
import { ComplianceResolver } from './compliance/compliance.resolver';
import { CohortResolver } from './cohort/cohort.resolver';
import { CourseAuthoringResolver } from './course/course-authoring.resolver';
import { CourseFieldsResolver } from './course/course-fields.resolver';
import { Course } from './course/course.entity';
import { courseById } from './course/course.loaders';
import { CourseResolver } from './course/course.resolver';
import { EnrollmentFieldsResolver } from './enrollment/enrollment-fields.resolver';
import { Enrollment } from './enrollment/enrollment.entity';
import { EnrollmentResolver } from './enrollment/enrollment.resolver';
import { LessonProgress } from './enrollment/lesson-progress.entity';
import { Drill } from './drill/drill.entity';
import { DrillRun } from './drill/drill-run.entity';
import { DrillResolver } from './drill/drill.resolver';
import { Exam } from './exam/exam.entity';
import { ExamResolver } from './exam/exam.resolver';
import { ExternalClaimResolver } from './external-claim/external-claim.resolver';
import { ExternalTrainingClaim } from './external-claim/external-training-claim.entity';
import { Lesson } from './lesson/lesson.entity';
import { MentoringCheckIn } from './mentoring/mentoring-check-in.entity';
import { MentoringResolver, OfficerMentoringResolver } from './mentoring/mentoring.resolver';
import { Mentorship } from './mentoring/mentorship.entity';
import { OfficerAssessmentResolver } from './assessment/officer-assessment.resolver';
import { CertificationReminderResolver } from './certification/certification-reminder.resolver';
import { migrations } from './migrations';
import { OfficerTrainingResolver } from './officer/officer-training.resolver';
import { Officer } from './officer/officer.stub';
import { TrainingProfile } from './profile/training-profile.entity';
import { ExamOverride } from './override/exam-override.entity';
import { OverrideResolver } from './override/override.resolver';
import { QuestionVersion } from './question/question-version.entity';
import { Question } from './question/question.entity';
import { QuestionResolver } from './question/question.resolver';
import { QuestionBrowseResolver } from './question/question-browse.resolver';
import { QuestionFieldsResolver } from './question/question-fields.resolver';
import { QuestionTransferResolver } from './bank-transfer/question-transfer.resolver';
import { ExamGradebookResolver } from './gradebook/gradebook.resolver';
import { CourseGradebookResolver } from './gradebook/course-gradebook.resolver';
import { CohortGradebookResolver } from './gradebook/cohort-gradebook.resolver';
import { ItemAnalysisResolver } from './item-analysis/item-analysis.resolver';
import { ComplianceRollupResolver } from './compliance-rollup/rollup.resolver';
import { seedTraining } from './seed/seed-training';
import { HoursLedgerResolver } from './training-hours/hours-ledger.resolver';
import { TrainingHoursEntry } from './training-hours/training-hours-entry.entity';
import { UnitTreeNode } from './unit/unit-tree.entity';
import { Unit } from './unit/unit.stub';
import { DrillSourceCaseResolver } from './drill/drill-source-case.resolver';
import { CASE_TYPICAL_CHANGED, onCaseTypicalChanged } from './typical-case/typical-case.consumer';
import { TypicalCase } from './typical-case/typical-case.entity';
import { DutyEligibilityState } from './certification/duty-eligibility-state.entity';
import { dutyEligibilityJob } from './certification/duty-eligibility.job';
import { AssignmentDueOverride } from './due-override/assignment-due-override.entity';
import { DueOverrideResolver } from './due-override/due-override.resolver';
import { CohortListResolver } from './cohort/cohort-list.resolver';
import { OfficerCertificationHistoryResolver } from './certification/certification-history.resolver';
import { NotificationRead } from './notification/notification-read.entity';
import { OfficerNotification } from './notification/officer-notification.entity';
import { notificationJob } from './notification/notification.job';
import { TrainingNotificationResolver } from './notification/notification.resolver';
import { OfficerNotificationResolver } from './notification/officer-notification.resolver';
import { HoursEntrySourceResolver, OfficerHoursLedgerResolver } from './training-hours/hours-ledger-list.resolver';
import { HandGradingResolver } from './hand-grading/hand-grading.resolver';
import { ExamAssignment } from './exam-assignment/exam-assignment.entity';
import { AttemptScoreChange } from './regrade/attempt-score-change.entity';
import { AttemptRegradeResolver } from './regrade/regrade.resolver';
import { ExamAssignmentResolver, OfficerExamAssignmentResolver } from './exam-assignment/exam-assignment.resolver';

/** 培训与考核 subgraph: courses, assignments, hours ledger, compliance, exams, certification, drills, mentoring. */
export const training = defineSubgraph({
  name: 'training',
  dbSchema: 'training',
  migrationsDir: path.join(__dirname, 'migrations'),
  // partial, covering or GIN indexes written by hand in migrations, which the entity decorators cannot express
  handWrittenIndexes: ['question_tags_gin', 'training_hours_entry_year_officer_id_index'],
  entities: [
    Course,
    Lesson,
    Cohort,
    Enrollment,
    LessonProgress,
    TrainingHoursEntry,
    ExternalTrainingClaim,
    TrainingProfile,
    Question,
    QuestionVersion,
    Exam,
    ExamAttempt,
    AttemptItem,
    Certification,
    Drill,
    DrillRun,
    Mentorship,
    MentoringCheckIn,
    ExamAccommodation,
    LawArticle,
    ExamOverride,
    TypicalCase,
    DutyEligibilityState,
    UnitTreeNode,
    AssignmentDueOverride,
    NotificationRead,
    OfficerNotification,
    ExamAssignment,
    AttemptScoreChange,
  ],
  resolvers: [
    CourseResolver,
    CourseFieldsResolver,
    CourseAuthoringResolver,
    CohortResolver,
    EnrollmentResolver,
    EnrollmentFieldsResolver,
    OfficerTrainingResolver,
    HoursLedgerResolver,
    ExternalClaimResolver,
    ComplianceResolver,
    QuestionResolver,
    QuestionBrowseResolver,
    QuestionFieldsResolver,
    QuestionTransferResolver,
    ExamGradebookResolver,
    CourseGradebookResolver,
    CohortGradebookResolver,
    ItemAnalysisResolver,
    ComplianceRollupResolver,
    ExamResolver,
    AttemptResolver,
    AccommodationResolver,
    OverrideResolver,
    LawResolver,
    CertificationResolver,
    OfficerCertificationResolver,
    DrillResolver,
    DrillSourceCaseResolver,
    MentoringResolver,
    OfficerMentoringResolver,
    OfficerAssessmentResolver,
    CertificationReminderResolver,
    DueOverrideResolver,
    CohortListResolver,
    OfficerHoursLedgerResolver,
    HoursEntrySourceResolver,
    OfficerCertificationHistoryResolver,
    TrainingNotificationResolver,
    HandGradingResolver,
    ExamAssignmentResolver,
    OfficerExamAssignmentResolver,
    AttemptRegradeResolver,
    OfficerNotificationResolver,
  ],
  orphanedTypes: [Officer, Unit],
  references: {
    Course: referenceVia(courseById, 'id'),
    // pass @requires fields (substantiatedComplaints, educationFirstShare, communityScore) through to the resolvers
    Officer: { __resolveReference: (ref: Officer) => ({ ...ref }) },
  },
  migrations,
  consumers: { [CASE_TYPICAL_CHANGED]: onCaseTypicalChanged },
  jobs: [dutyEligibilityJob, notificationJob],
  seed: seedTraining,
});
