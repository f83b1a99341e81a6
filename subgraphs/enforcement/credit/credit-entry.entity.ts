import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { DispositionKind } from '../disposition/disposition-enums';
import { CreditMark } from './credit-rules';

/** 诚信记录 — append-only: red flowers and black dots; the file is recomputed from them. */
@Entity({ tableName: 'merchant_credit_entry' })
@Index({ properties: ['merchantId', 'at'] })
@ObjectType({ description: "诚信记录 — one red flower (小红花) or black dot (小黑点) in a merchant's credit file" })
export class CreditEntry extends BaseEntity {
  @Property({ type: 'uuid' })
  merchantId!: string;

  @Field(() => CreditMark, { description: '类型 — red flower or black dot' })
  @Enum({ items: () => CreditMark, nativeEnumName: 'credit_mark' })
  mark!: CreditMark;

  @Field(() => Int, { description: '分值 — points added (red flower) or taken (black dot)' })
  @Property({ type: 'smallint' })
  points!: number;

  @Field(() => String, { description: '事由 — reason' })
  @Property({ type: 'string', length: 300 })
  reason!: string;

  @Field(() => ID, { nullable: true, description: 'The case behind the entry, if any' })
  @Property({ type: 'uuid', nullable: true })
  caseId?: string | null;

  @Field(() => DispositionKind, { nullable: true, description: '处置方式 — the disposition behind a black dot' })
  @Enum({ items: () => DispositionKind, nativeEnumName: 'disposition_kind', nullable: true })
  dispositionKind?: DispositionKind | null;

  @Field(() => GraphQLISODateTime, { description: '时间 — when' })
  @Property({ type: 'datetime' })
  at: Opt<Date> = new Date();

  @Property({ type: 'string', length: 64 })
  recordedBy!: string;
}
