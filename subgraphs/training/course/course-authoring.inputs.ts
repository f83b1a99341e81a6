import { ArrayMaxSize, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

import { Lesson } from '../lesson/lesson.entity';
import { CourseCategory } from './course-category.enum';
import { MandatoryAudience } from './course-enums';
import { Course } from './course.entity';

@InputType({ description: '新建课程 — a draft course (publish it after adding lessons)' })
export class CreateCourseInput {
  @Field(() => String, { description: '课程编号 — 2–4 capital letters, a dash, 3 digits (e.g. LAW-104); unique' })
  @Matches(/^[A-Z]{2,4}-\d{3}$/, { message: 'code must look like LAW-104' })
  code!: string;

  @Field(() => String, { description: '课程名称 — 2–120 characters' })
  @Length(2, 120)
  title!: string;

  @Field(() => CourseCategory, { description: '课程类别 — category (also the category of its hours)' })
  category!: CourseCategory;

  @Field(() => String, { description: '课程简介 — 2–2000 characters' })
  @Length(2, 2000)
  summary!: string;

  @Field(() => Float, { description: '学时 — credit hours, 0.5–100' })
  @Min(0.5)
  @Max(100)
  creditHours!: number;

  @Field(() => [ID], { defaultValue: [], description: '先修课程 — ids of existing courses to complete first (≤ 10)' })
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  prerequisiteIds!: string[];

  @Field(() => [MandatoryAudience], { defaultValue: [], description: '必修对象 — who must take it' })
  @ArrayMaxSize(4)
  mandatoryFor!: MandatoryAudience[];
}

@InputType({ description: '添加课时 — appends a lesson to a draft course' })
export class AddLessonInput {
  @Field(() => ID, { description: '课程 — a draft course' })
  @IsUUID()
  courseId!: string;

  @Field(() => String, { description: '课时标题 — 2–120 characters' })
  @Length(2, 120)
  title!: string;

  @Field(() => String, { description: '内容摘要 — 2–2000 characters' })
  @Length(2, 2000)
  contentSummary!: string;

  @Field(() => Int, { description: '时长（分钟） — 1–480' })
  @Min(1)
  @Max(480)
  minutes!: number;
}

@InputType({ description: '发布课程 — makes a draft course visible to officers' })
export class PublishCourseInput {
  @Field(() => ID, { description: '课程 — a draft course with at least one lesson' })
  @IsUUID()
  courseId!: string;
}

@ObjectType({ description: 'Result of createCourse / publishCourse' })
export class CoursePayload {
  @Field(() => Course, { description: 'The course' })
  course!: Course;
}

@ObjectType({ description: 'Result of addLesson' })
export class LessonPayload {
  @Field(() => Lesson, { description: 'The new lesson' })
  lesson!: Lesson;

  @Field(() => Course, { description: 'Its course' })
  course!: Course;
}
