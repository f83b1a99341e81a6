import { Entity, Enum, Index, Property } from '@mikro-orm/core';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { CourseCategory } from '../course/course-category.enum';
import { HoursCause } from './hours-cause.enum';

/** 学时台账 — one append-only entry of the training-hours ledger. */
@Entity({ tableName: 'training_hours_entry' })
@Index({ properties: ['officerId', 'year'] })
export class TrainingHoursEntry extends BaseEntity {
  /** Enforcement Officer id. */
  @Property({ type: 'uuid' })
  officerId!: string;

  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'decimal', precision: 5, scale: 1, runtimeType: 'number' })
  hours!: number;

  @Enum({ items: () => CourseCategory, nativeEnumName: 'course_category' })
  category!: CourseCategory;

  @Enum({ items: () => HoursCause, nativeEnumName: 'hours_cause' })
  cause!: HoursCause;

  @Property({ type: 'string', length: 200 })
  note!: string;
}
