import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { Case } from '../case/case.entity';
import { EvidenceKind } from './evidence-kind.enum';

/** Immutable once added: there is no update or delete path. `createdAt` is when it was added to the case (入卷). */
@Entity({ tableName: 'evidence' })
@ObjectType({ description: '证据 — an evidence item of a case (immutable)' })
export class Evidence extends BaseEntity {
  @Index()
  @ManyToOne({ entity: () => Case, ref: true })
  case!: Ref<Case>;

  @Field(() => EvidenceKind, { description: '类型 — kind' })
  @Enum({ items: () => EvidenceKind, nativeEnumName: 'evidence_kind' })
  kind!: EvidenceKind;

  @Field(() => String, { description: '存储地址 — URI of the stored file' })
  @Property({ type: 'string', length: 500 })
  uri!: string;

  @Field(() => String, { description: 'SHA-256 of the file (64 hex digits)' })
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Field(() => String, { description: '采集人 — subject of whoever captured it' })
  @Property({ type: 'string', length: 64 })
  capturedBy!: string;

  @Field(() => GraphQLISODateTime, { description: '采集时间 — when it was captured' })
  @Property({ type: 'datetime' })
  capturedAt!: Date;
}
