import { Field, Float, Int, ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { Certification } from '../certification/certification.entity';
import { Course } from '../course/course.entity';
import { EnrollmentStatus } from '../enrollment/enrollment-enums';
import { Exam } from '../exam/exam.entity';
import { Officer } from '../officer/officer.stub';
import { Unit } from '../unit/unit.stub';

@ObjectType({ description: '培训班成绩册·课程 — one course assigned to the member' })
export class CohortGradebookCourse {
  @Field(() => Course, { description: '课程 — course' })
  course!: Course;

  @Field(() => EnrollmentStatus, { description: '状态 — status' })
  status!: EnrollmentStatus;

  @Field(() => String, { nullable: true, description: '截止日期 — due date (YYYY-MM-DD, with the trainer’s override)' })
  dueOn!: string | null;

  @Field(() => Boolean, { description: '逾期 — past the due date and not completed' })
  overdue!: boolean;

  @Field(() => Int, { description: '已完成课时 — lessons completed' })
  lessonsCompleted!: number;

  @Field(() => Int, { description: '课时总数 — lessons in the course' })
  lessonsTotal!: number;
}

@ObjectType({ description: '培训班成绩册·考试 — one exam assigned to the member' })
export class CohortGradebookExam {
  @Field(() => Exam, { description: '考试 — exam' })
  exam!: Exam;

  @Field(() => String, { description: '截止日期 — due date (YYYY-MM-DD)' })
  dueOn!: string;

  @Field(() => Boolean, { description: '已完成 — an attempt is graded (a case analysis once a trainer graded it)' })
  completed!: boolean;

  @Field(() => Boolean, { description: '逾期 — past the due date and not completed' })
  overdue!: boolean;

  @Field(() => Int, { description: '已用次数 — attempts started' })
  attemptsUsed!: number;

  @Field(() => Float, { nullable: true, description: '最高分（%） — best graded score; null before any grading' })
  bestScorePercent!: number | null;

  @Field(() => Boolean, { nullable: true, description: '是否及格 — the attempt that counts under the exam’s countingPolicy passed; null before any grading' })
  passed!: boolean | null;
}

@ObjectType({ description: '培训班成绩册行 — one member of the cohort: every course and exam assigned to them, and their certification' })
export class CohortGradebookRow {
  @Field(() => Officer, { description: '队员 — member' })
  officer!: Officer;

  @Field(() => Unit, { nullable: true, description: '单位 — the member’s unit from the training profile (null without a profile)' })
  unit!: Unit | null;

  @Field(() => [CohortGradebookCourse], { description: '指派课程 — courses assigned to the member (self-started ones are not assignments), by course id' })
  courses!: CohortGradebookCourse[];

  @Field(() => [CohortGradebookExam], { description: '指派考试 — exams assigned to the member, by due date' })
  exams!: CohortGradebookExam[];

  @Field(() => Int, { description: '指派总数 — courses plus exams assigned' })
  assignmentsTotal!: number;

  @Field(() => Int, { description: '已完成数 — assignments completed' })
  assignmentsCompleted!: number;

  @Field(() => Int, { description: '逾期数 — assignments overdue' })
  overdueCount!: number;

  @Field(() => Certification, { nullable: true, description: '执法资格 — the member’s current certification record (null: never certified)' })
  certification!: Certification | null;

  @Field(() => Boolean, { description: '持证有效 — the current certification is neither suspended nor expired today' })
  certified!: boolean;
}

@ObjectType({ description: '培训班成绩册 — a page of a cohort’s members with their assignments, by officer id' })
export class CohortGradebookConnection extends Connection(CohortGradebookRow, '培训班成绩册') {}
