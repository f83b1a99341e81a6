import { Entity, Enum, Index, OptionalProps, Property, Unique } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { VolunteerSkill, VolunteerStatus } from './volunteer-enums';

/** 城市管理志愿者 — one registered volunteer, tied to a signed-in identity. */
@Entity({ tableName: 'volunteer' })
@ObjectType({ description: '城市管理志愿者 — a registered volunteer (contact details protected)' })
export class Volunteer extends BaseEntity {
  /** `status` has a default; typed as the plain enum (not `Opt<…>`) so comparisons with its members type-check. */
  [OptionalProps]?: 'status';

  /** JWT subject of the volunteer's account. */
  @Unique()
  @Property({ type: 'string', length: 64 })
  subject!: string;

  /** Full name; shown to the volunteer and to supervisors, masked (张**) to others. */
  @Property({ type: 'string', length: 40 })
  name!: string;

  /** Mobile number; shown masked except to the volunteer themself. */
  @Property({ type: 'string', length: 20 })
  phone!: string;

  @Field(() => [VolunteerSkill], { description: '技能 — skills offered' })
  @Enum({ items: () => VolunteerSkill, nativeEnumName: 'volunteer_skill', array: true })
  skills: Opt<VolunteerSkill[]> = [];

  @Field(() => VolunteerStatus, { description: '审核状态 — vetting status' })
  @Index()
  @Enum({ items: () => VolunteerStatus, nativeEnumName: 'volunteer_status' })
  status: VolunteerStatus = VolunteerStatus.PENDING;

  @Field(() => String, { nullable: true, description: '服务网格 — preferred grid cell code' })
  @Index()
  @Property({ type: 'string', length: 20, nullable: true })
  gridCode?: string | null;

  /** 所属队伍 — at most one team at a time (exposed as Volunteer.team). */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  teamId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '审核意见 — note of the last vetting decision',
  })
  @Property({ type: 'text', nullable: true })
  vettingNote?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '审核时间 — when last vetted' })
  @Property({ type: 'datetime', nullable: true })
  vettedAt?: Date | null;
}
