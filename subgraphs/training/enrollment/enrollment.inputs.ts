import { IsUUID } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

import { Course } from '../course/course.entity';
import { AssignmentTargetsInput } from './assignment-targets.inputs';
import { Enrollment } from './enrollment.entity';

@InputType({ description: '指派课程 — assigns a published course to officers, a cohort and/or a unit with its sub-units, with a due date' })
export class AssignCourseInput extends AssignmentTargetsInput {
  @Field(() => ID, { description: '课程 — a published course' })
  @IsUUID()
  courseId!: string;
}

@ObjectType({ description: 'Result of assignCourse' })
export class AssignCoursePayload {
  @Field(() => Course, { description: 'The course' })
  course!: Course;

  @Field(() => [Enrollment], { description: 'The enrollment of every targeted officer (new or already existing)' })
  enrollments!: Enrollment[];

  @Field(() => Int, { description: '新建数 — enrollments created by this call (0 when repeated)' })
  createdCount!: number;
}

@InputType({ description: '开始学习 — the officer starts a course (prerequisites must be completed)' })
export class StartCourseInput {
  @Field(() => ID, { description: '课程 — a published course; enrolls the officer if not assigned' })
  @IsUUID()
  courseId!: string;
}

@InputType({ description: '完成课时 — the officer marks one lesson of a started course as done' })
export class CompleteLessonInput {
  @Field(() => ID, { description: '课时 — lesson id' })
  @IsUUID()
  lessonId!: string;
}

@ObjectType({ description: 'Result of startCourse' })
export class EnrollmentPayload {
  @Field(() => Enrollment, { description: 'The enrollment' })
  enrollment!: Enrollment;
}

@ObjectType({ description: 'Result of completeLesson' })
export class CompleteLessonPayload {
  @Field(() => Enrollment, { description: 'The enrollment after this lesson' })
  enrollment!: Enrollment;

  @Field(() => Float, { description: '本次记入学时 — hours credited by this call (0 unless it completed the course)' })
  creditedHours!: number;
}

@ObjectType({ description: '学习进度 — lessons done out of the course’s lessons' })
export class EnrollmentProgress {
  @Field(() => Int, { description: '已完成课时 — completed lessons' })
  completedLessons!: number;

  @Field(() => Int, { description: '课时总数 — lessons in the course' })
  totalLessons!: number;
}
