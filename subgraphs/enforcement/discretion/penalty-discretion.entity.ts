import { Entity, Enum, ManyToOne, OneToOne, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { Disposition } from '../disposition/disposition.entity';
import { DiscretionBenchmark } from './discretion-benchmark.entity';
import { DiscretionGrade } from './discretion-grade.enum';

/** 裁量适用 — how a penalty applied the discretion benchmark: grade, facts, band and any reason for leaving it. */
@Entity({ tableName: 'penalty_discretion' })
@ObjectType({ description: "裁量适用 — the discretion grade a penalty applied, the facts, and whether its fine lies inside the grade's band" })
export class PenaltyDiscretion extends BaseEntity {
  @OneToOne({ entity: () => Disposition, ref: true, owner: true, unique: true })
  disposition!: Ref<Disposition>;

  @ManyToOne({ entity: () => DiscretionBenchmark, ref: true, nullable: true })
  benchmark?: Ref<DiscretionBenchmark> | null;

  @Field(() => Int, { nullable: true, description: '基准版本 — version of the benchmark in force when the case occurred (null: none was in force)' })
  @Property({ type: 'integer', nullable: true })
  benchmarkVersion?: number | null;

  @Field(() => DiscretionGrade, { description: '裁量阶次 — grade applied' })
  @Enum({ items: () => DiscretionGrade, nativeEnumName: 'discretion_grade' })
  grade!: DiscretionGrade;

  @Field(() => String, { description: '裁量情形 — the facts found that define the grade' })
  @Property({ type: 'text' })
  facts!: string;

  @Field(() => Int, { nullable: true, description: "阶次罚款下限（元） — the band's minimum at the time" })
  @Property({ type: 'integer', nullable: true })
  bandMinYuan?: number | null;

  @Field(() => Int, { nullable: true, description: "阶次罚款上限（元） — the band's maximum at the time" })
  @Property({ type: 'integer', nullable: true })
  bandMaxYuan?: number | null;

  @Field(() => Boolean, { description: "在阶次内 — the fine lies inside the grade's band" })
  @Property({ type: 'boolean' })
  withinGrade!: boolean;

  @Field(() => String, { nullable: true, description: '超出阶次理由 — written reason for a fine outside the band' })
  @Property({ type: 'text', nullable: true })
  outsideRangeReason?: string | null;
}
