import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

/** 课时 — one lesson of a course; `position` orders the lessons of a course (1, 2, 3 …). */
@Entity({ tableName: 'lesson' })
@ObjectType({ description: '课时 — one lesson of a course, in order' })
@Unique({ properties: ['courseId', 'position'] })
export class Lesson extends BaseEntity {
  @Field(() => ID, { description: '所属课程 — course id' })
  @Index()
  @Property({ type: 'uuid' })
  courseId!: string;

  @Field(() => Int, { description: '序号 — position in the course, from 1' })
  @Property({ type: 'smallint' })
  position!: number;

  @Field(() => String, { description: '课时标题 — title' })
  @Property({ type: 'string', length: 120 })
  title!: string;

  @Field(() => String, { description: '内容摘要 — content summary' })
  @Property({ type: 'text' })
  contentSummary!: string;

  @Field(() => Int, { description: '时长（分钟） — minutes' })
  @Property({ type: 'smallint' })
  minutes!: number;
}
