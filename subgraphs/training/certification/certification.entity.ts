import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

/**
 * 执法资格证 — immutable. An officer's current certification is the head of their chain (the record nobody supersedes); a correction, suspension or
 * renewal is a new record that supersedes the previous one, with its reason and author. Rows are never updated.
 */
@Entity({ tableName: 'certification' })
@ObjectType({ description: '执法资格认证 — an immutable certification record (the one no other record supersedes is current)' })
@Index({ properties: ['officerId', 'createdAt'] })
export class Certification extends BaseEntity {
  @Property({ type: 'uuid' })
  officerId!: string;

  @Field(() => String, { description: '证书编号 — certificate number' })
  @Property({ type: 'string', length: 40 })
  number!: string;

  @Field(() => String, { description: '发证日期 — issued on (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field(() => String, { description: '有效期至 — expires on (YYYY-MM-DD), 3 years after a passed exam' })
  @Index()
  @Property({ type: 'date' })
  expiresOn!: string;

  @Field(() => Boolean, { description: '暂停 — suspended (not eligible for duty)' })
  @Property({ type: 'boolean' })
  suspended: Opt<boolean> = false;

  /** Unique: a record is superseded at most once, so the history is one chain and its head is current. */
  @Field(() => ID, { nullable: true, description: '取代记录 — the record this one supersedes' })
  @Unique()
  @Property({ type: 'uuid', nullable: true })
  supersedesId: string | null = null;

  @Field(() => String, { description: '原因 — why this record exists (exam passed, correction reason …)' })
  @Property({ type: 'string', length: 200 })
  reason!: string;

  @Field(() => String, { nullable: true, description: '经办人 — author (trainer subject; system for exam issuance)' })
  @Property({ type: 'string', length: 80, nullable: true })
  issuedBy: string | null = null;

  /** The passed CERTIFICATION attempt that issued it (unique: an attempt issues at most one record). */
  @Unique()
  @Property({ type: 'uuid', nullable: true })
  sourceAttemptId: string | null = null;

  /**
   * The CERTIFICATION attempt whose regrade wrote this record: a suspension when the regrade failed the attempt, a
   * reinstatement when a later regrade passed it again (only a regrade's own suspension is lifted by a regrade).
   */
  @Property({ type: 'uuid', nullable: true })
  regradeAttemptId: string | null = null;
}
