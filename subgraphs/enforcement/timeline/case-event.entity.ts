import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

import { canonicalJson } from './hash-chain';

/** One append-only step of a case's legal record (执法全过程记录), chained by SHA-256. No update or delete path. */
@Entity({ tableName: 'case_event' })
@Unique({ properties: ['caseId', 'seq'] })
@ObjectType({ description: '案件流转记录 — one event of a case timeline (append-only, hash-chained)' })
export class CaseEvent {
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Read through the unique (caseId, seq) index: its leading column serves every timeline lookup. */
  @Property({ type: 'uuid' })
  caseId!: string;

  @Field(() => Int, { description: '序号 — position in the case timeline, from 1' })
  @Property({ type: 'integer' })
  seq!: number;

  @Field(() => String, { description: '操作 — action, e.g. CREATE, FILE, ASSIGN, DISPOSITION, EVIDENCE' })
  @Property({ type: 'string', length: 40 })
  action!: string;

  @Field(() => String, { nullable: true, description: '操作人 — subject of the actor (null for the system)' })
  @Property({ type: 'string', length: 64, nullable: true })
  actorSubject!: string | null;

  @Field(() => GraphQLISODateTime, { description: '时间 — when it happened' })
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => String, { nullable: true, description: '理由 — reason or note' })
  @Property({ type: 'text', nullable: true })
  reason!: string | null;

  /** State before (jsonb); exposed as canonical JSON text by CaseEventResolver. */
  @Property({ type: 'json', nullable: true })
  before!: unknown;

  /** State after (jsonb). */
  @Property({ type: 'json', nullable: true })
  after!: unknown;

  @Field(() => String, { nullable: true, description: '变更前 — state before, as canonical JSON' })
  get beforeJson(): string | null {
    return this.before == null ? null : canonicalJson(this.before);
  }

  @Field(() => String, { nullable: true, description: '变更后 — state after, as canonical JSON' })
  get afterJson(): string | null {
    return this.after == null ? null : canonicalJson(this.after);
  }

  @Field(() => String, { nullable: true, description: '前一哈希 — hash of the previous event (null for the first)' })
  @Property({ type: 'string', length: 64, nullable: true })
  prevHash!: string | null;

  @Field(() => String, { description: '哈希 — SHA-256 over prevHash and this event (canonical JSON)' })
  @Property({ type: 'string', length: 64 })
  hash!: string;
}
