import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { ViolationType } from '../violation-type/violation-type.entity';
import { GradeBand } from './grade-band.type';

/**
 * 行政处罚裁量基准 — one version of the discretion benchmark of a violation type. Versions are never edited: the
 * bureau publishes a new one with a later `effectiveFrom`; a case uses the version in force when it occurred.
 */
@Entity({ tableName: 'discretion_benchmark' })
@Unique({ properties: ['violationType', 'version'] })
@Index({ properties: ['violationType', 'effectiveFrom'] })
@ObjectType({ description: '行政处罚裁量基准 — a version of the discretion benchmark of a violation type (《行政处罚法》第三十四条)' })
export class DiscretionBenchmark extends BaseEntity {
  @ManyToOne({ entity: () => ViolationType, ref: true })
  violationType!: Ref<ViolationType>;

  @Field(() => Int, { description: '版本 — version number, 1, 2, … per violation type' })
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => GraphQLISODateTime, { description: '施行日期 — in force for violations that occurred from this moment' })
  @Property({ type: 'datetime' })
  effectiveFrom!: Date;

  @Field(() => [GradeBand], { description: '裁量阶次 — the grades, MINOR → GENERAL → SERIOUS' })
  @Property({ type: 'json' })
  grades!: GradeBand[];

  @Field(() => String, { description: '制定依据 — document that adopted this version, e.g. 兰综执〔2024〕12号' })
  @Property({ type: 'string', length: 200 })
  adoptedBy!: string;

  /** Subject of the person who published it (ADMIN or LEGAL_REVIEWER). */
  @Property({ type: 'string', length: 64 })
  publishedBy!: string;
}
