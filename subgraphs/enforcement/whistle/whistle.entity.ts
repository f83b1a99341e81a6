import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { Case } from '../case/case.entity';
import { Department } from '../department/department.entity';
import { Unit } from '../unit/unit.entity';
import { WhistleUrgency } from './whistle-rules';

@Entity({ tableName: 'whistle' })
@ObjectType({ description: '吹哨报到 — a case calling a partner department in; it acknowledges (报到) and responds within the SLA' })
export class Whistle extends BaseEntity {
  @Index()
  @ManyToOne({ entity: () => Case, ref: true })
  case!: Ref<Case>;

  /** The case's unit, for scoping lists. */
  @Index()
  @ManyToOne({ entity: () => Unit, ref: true })
  unit!: Ref<Unit>;

  @Index()
  @ManyToOne({ entity: () => Department, ref: true })
  department!: Ref<Department>;

  @Field(() => WhistleUrgency, { description: '紧急程度 — urgency' })
  @Enum({ items: () => WhistleUrgency, nativeEnumName: 'whistle_urgency' })
  urgency!: WhistleUrgency;

  @Field(() => String, { description: '吹哨事由 — what the department is needed for' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => String, { description: '吹哨人 — subject of the officer who blew the whistle' })
  @Property({ type: 'string', length: 64 })
  blownBy!: string;

  @Field(() => GraphQLISODateTime, { description: '吹哨时间 — when' })
  @Property({ type: 'datetime' })
  blownAt: Opt<Date> = new Date();

  @Field(() => GraphQLISODateTime, { description: '响应时限 — respond by (NORMAL 24 h, URGENT 2 h)' })
  @Index()
  @Property({ type: 'datetime' })
  respondBy!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '报到时间 — when the department acknowledged' })
  @Property({ type: 'datetime', nullable: true })
  acknowledgedAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '响应时间 — when the department responded' })
  @Property({ type: 'datetime', nullable: true })
  respondedAt?: Date | null;

  @Field(() => String, { nullable: true, description: "处理结果 — the department's response" })
  @Property({ type: 'text', nullable: true })
  response?: string | null;

  /** Set when the answer came after respondBy (a breach that stays a breach). */
  @Index()
  @Property({ type: 'boolean' })
  respondedLate: Opt<boolean> = false;
}
