import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

export enum CustodyAction {
  ADDED = 'ADDED',
  ACCESSED = 'ACCESSED',
  HANDED_OVER = 'HANDED_OVER',
}

registerEnumType(CustodyAction, {
  name: 'CustodyAction',
  description: '保管链事件 — a step in the chain of custody of an evidence item',
  valuesConfig: {
    ADDED: { description: '入库 — evidence added to the case' },
    ACCESSED: { description: '调阅 — someone read its storage address (URI)' },
    HANDED_OVER: { description: '移交 — handed over to another holder (e.g. the legal office, a court)' },
  },
});

/** 证据保管链 — append-only; accesses come from the kernel's audit log, additions and hand-overs from here. */
@Entity({ tableName: 'evidence_custody_event' })
@ObjectType({ description: '保管链事件 — one step of an evidence item’s chain of custody' })
export class EvidenceCustodyEvent extends BaseEntity {
  @Index()
  @Property({ type: 'uuid' })
  evidenceId!: string;

  @Field(() => CustodyAction, { description: '事件 — what happened' })
  @Enum({ items: () => CustodyAction, nativeEnumName: 'custody_action' })
  action!: CustodyAction;

  @Field(() => String, { nullable: true, description: '经办人 — subject of whoever did it' })
  @Property({ type: 'string', length: 80, nullable: true })
  actorSubject?: string | null;

  @Field(() => String, { nullable: true, description: '接收方 — the new holder (HANDED_OVER)' })
  @Property({ type: 'string', length: 120, nullable: true })
  toHolder?: string | null;

  @Field(() => String, { nullable: true, description: '事由 — reason (HANDED_OVER)' })
  @Property({ type: 'string', length: 300, nullable: true })
  reason?: string | null;

  @Field(() => GraphQLISODateTime, { description: '时间 — when' })
  @Property({ type: 'datetime' })
  at!: Date;
}
