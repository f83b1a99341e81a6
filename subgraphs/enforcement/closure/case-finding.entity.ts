import { Entity, Enum, OneToOne, Property } from '@mikro-orm/core';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { Case } from '../case/case.entity';

/** 无需处置的结论 — why a case ends without a disposition. */
export enum CaseFindingKind {
  NO_VIOLATION = 'NO_VIOLATION',
  REFERRED_ELSEWHERE = 'REFERRED_ELSEWHERE',
  PARTY_UNIDENTIFIABLE = 'PARTY_UNIDENTIFIABLE',
}

registerEnumType(CaseFindingKind, {
  name: 'CaseFindingKind',
  description: '办理结论 — why a case ends without a disposition',
  valuesConfig: {
    NO_VIOLATION: { description: '经核查不存在违法行为 — on inspection there was no violation' },
    REFERRED_ELSEWHERE: { description: '已移交其他部门 — handed to another department after inspection' },
    PARTY_UNIDENTIFIABLE: { description: '当事人无法确认 — the party could not be identified' },
  },
});

@Entity({ tableName: 'case_finding' })
@ObjectType({ description: '办理结论 — a finding that ends a case without a disposition, with its reason and the evidence behind it' })
export class CaseFinding extends BaseEntity {
  @OneToOne({ entity: () => Case, ref: true, owner: true, unique: true })
  case!: Ref<Case>;

  @Field(() => CaseFindingKind, { description: '结论 — kind of finding' })
  @Enum({ items: () => CaseFindingKind, nativeEnumName: 'case_finding_kind' })
  kind!: CaseFindingKind;

  @Field(() => String, { description: '理由 — written reason' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => Int, { description: '证据数 — evidence items on the case when the finding was recorded (at least 1)' })
  @Property({ type: 'integer' })
  evidenceCount!: number;

  @Field(() => String, { description: '认定人 — subject of the officer who recorded it' })
  @Property({ type: 'string', length: 64 })
  recordedBy!: string;

  @Field(() => GraphQLISODateTime, { description: '认定时间 — when it was recorded' })
  @Property({ type: 'datetime' })
  recordedAt: Opt<Date> = new Date();
}
