import { Entity, Index, Property, Unique } from '@mikro-orm/core';

import { BaseEntity } from '../../../kernel/db/base.entity';

/** 课时进度 — a lesson completed within an enrollment (once). */
@Entity({ tableName: 'lesson_progress' })
@Unique({ properties: ['enrollmentId', 'lessonId'] })
export class LessonProgress extends BaseEntity {
  @Index()
  @Property({ type: 'uuid' })
  enrollmentId!: string;

  @Property({ type: 'uuid' })
  lessonId!: string;
}
