import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { ReportStatus } from '../report/report-enums';
import { ACTOR_ROLE_LABELS, ReportActorRole } from './report-event-enums';

/** One step of a report's handling (处理进度), public by tracking code. */
@Entity({ tableName: 'report_event' })
@Index({ properties: ['reportId', 'occurredAt'] })
@ObjectType({ description: "处理记录 — one step in a report's public timeline" })
export class ReportEvent extends BaseEntity {
  @Property({ type: 'uuid' })
  reportId!: string;

  @Field(() => ReportStatus, {
    nullable: true,
    description: '原状态 — status before the step (null at submission)',
  })
  @Enum({ items: () => ReportStatus, nativeEnumName: 'report_status', nullable: true })
  fromStatus?: ReportStatus | null;

  @Field(() => ReportStatus, { description: '新状态 — status after the step' })
  @Enum({ items: () => ReportStatus, nativeEnumName: 'report_status' })
  toStatus!: ReportStatus;

  @Field(() => String, { description: '处理说明 — public note of the step' })
  @Property({ type: 'text' })
  note!: string;

  @Field(() => ReportActorRole, { description: '操作角色 — role that made the step' })
  @Enum({ items: () => ReportActorRole, nativeEnumName: 'report_actor_role' })
  actorRole!: ReportActorRole;

  /** Who exactly (JWT subject); internal audit only, never exposed. */
  @Property({ type: 'string', length: 64, nullable: true })
  actorSubject?: string | null;

  @Field(() => GraphQLISODateTime, { description: '时间 — when the step happened' })
  @Property({ type: 'datetime' })
  occurredAt: Opt<Date> = new Date();

  @Field(() => String, { description: '操作角色名称 — role as shown to citizens, e.g. 网格员' })
  get actorLabel(): Opt<string> {
    return ACTOR_ROLE_LABELS[this.actorRole];
  }
}
