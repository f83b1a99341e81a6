import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Directive, Field, Float, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { CourseCategory } from './course-category.enum';
import { MandatoryAudience } from './course-enums';

@Entity({ tableName: 'course' })
@ObjectType({ description: '培训课程 — a training course for officers' })
@Directive('@key(fields: "id")')
export class Course extends BaseEntity {
  @Field(() => String, { description: '课程编号 — course code, e.g. LAW-101' })
  @Unique()
  @Property({ type: 'string', length: 20 })
  code!: string;

  @Field(() => String, { description: '课程名称 — title' })
  @Property({ type: 'string', length: 120 })
  title!: string;

  @Field(() => CourseCategory, { description: '课程类别 — category' })
  @Index()
  @Enum({ items: () => CourseCategory, nativeEnumName: 'course_category' })
  category!: CourseCategory;

  @Field(() => String, { description: '课程简介 — summary' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => Float, { description: '学时 — credit hours granted on completion' })
  @Property({ type: 'decimal', precision: 5, scale: 1, runtimeType: 'number' })
  creditHours!: number;

  @Field(() => Boolean, { description: '已发布 — published (drafts are visible to trainers only)' })
  @Property({ type: 'boolean' })
  published: Opt<boolean> = false;

  /** 先修课程 — ids of courses that must be completed first (resolved by CourseFieldsResolver.prerequisites). */
  @Property({ type: 'text[]', defaultRaw: `'{}'` })
  prerequisiteIds: Opt<string[]> = [];

  @Field(() => [MandatoryAudience], { description: '必修对象 — who must take this course (empty: elective)' })
  @Property({ type: 'text[]', defaultRaw: `'{}'` })
  mandatoryFor: Opt<MandatoryAudience[]> = [];
}
