import { Entity, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

/** 城管观察员 / 市民监督员 — a citizen appointed for a term to observe and report on enforcement. */
@Entity({ tableName: 'observer_appointment' })
@Index({ properties: ['subject', 'termStartsOn'] })
@Index({ properties: ['termStartsOn', 'termEndsOn'] })
@ObjectType({
  description: '城管观察员聘任 — appointment of a citizen observer for a term (staff only)',
})
export class ObserverAppointment extends BaseEntity {
  @Field(() => String, { description: '账号 — the observer’s sign-in subject' })
  @Property({ type: 'string', length: 64 })
  subject!: string;

  @Field(() => String, { description: '姓名 — full name' })
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => String, {
    description: '聘期开始 — first day of the term (YYYY-MM-DD)',
  })
  @Property({ type: 'date' })
  termStartsOn!: string;

  @Field(() => String, {
    description: '聘期结束 — last day of the term (YYYY-MM-DD), at most 2 years after the start',
  })
  @Index()
  @Property({ type: 'date' })
  termEndsOn!: string;

  /** Subject of the supervisor or administrator who appointed. */
  @Property({ type: 'string', length: 64, nullable: true })
  appointedBy?: string | null;
}
