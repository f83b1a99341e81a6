import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { CourseCategory } from '../course/course-category.enum';
import { HoursCause } from './hours-cause.enum';

/** 学时台账 — one append-only entry of the training-hours ledger. */
@Entity({ tableName: 'training_hours_entry' })
@ObjectType({ description: '学时台账条目 — one append-only entry of the training-hours ledger (never edited)' })
@Index({ properties: ['officerId', 'year'] })
@Index({ properties: ['year', 'officerId'] }) // covering (hours, category) for trainingCompliance, see Migration20261202080200_hours_year_index
export class TrainingHoursEntry extends BaseEntity {
  /** Enforcement Officer id. */
  @Property({ type: 'uuid' })
  officerId!: string;

  @Field(() => Int, { description: '年度 — year the hours count for' })
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => Float, { description: '学时 — hours (negative for a correcting deduction)' })
  @Property({ type: 'decimal', precision: 5, scale: 1, runtimeType: 'number' })
  hours!: number;

  @Field(() => CourseCategory, { description: '类别 — category' })
  @Enum({ items: () => CourseCategory, nativeEnumName: 'course_category' })
  category!: CourseCategory;

  @Field(() => HoursCause, { description: '来源 — cause' })
  @Enum({ items: () => HoursCause, nativeEnumName: 'hours_cause' })
  cause!: HoursCause;

  @Field(() => String, { description: '说明 — note (course code, claim, correction reason)' })
  @Property({ type: 'string', length: 200 })
  note!: string;

  /**
   * What credited these hours, e.g. `enrollment:<id>` or `claim:<id>`; unique, so the same completion or claim
   * can never be credited twice (even by two parallel requests). Null for manual corrections.
   */
  @Unique()
  @Property({ type: 'string', length: 80, nullable: true })
  sourceKey: string | null = null;

  /** Subject of whoever caused the entry (null for seeds). */
  @Property({ type: 'string', length: 80, nullable: true })
  recordedBy: string | null = null;
}
