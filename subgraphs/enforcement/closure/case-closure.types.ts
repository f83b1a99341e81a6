import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CaseOutcome {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  CLOSED_VERIFIED = 'CLOSED_VERIFIED',
  CLOSED_UNRESOLVED = 'CLOSED_UNRESOLVED',
}

registerEnumType(CaseOutcome, {
  name: 'CaseOutcome',
  description: '办结情况 — how far the case got; closing without a verified fix is its own outcome',
  valuesConfig: {
    OPEN: { description: '办理中 — not handled yet' },
    RESOLVED: { description: '已处置 — the officer reports it handled; not yet verified (核查)' },
    CLOSED_VERIFIED: { description: '核查后结案 — verified as fixed, then closed' },
    CLOSED_UNRESOLVED: { description: '未解决结案 — ended without a verified fix (rejected or referred)' },
  },
});

@ObjectType({
  description:
    '结案事实 — handled, verified, closed-unresolved and party-satisfied are separate facts, so closure cannot be gamed ' +
    'by closing quickly (taken from the timeline and the follow-up visit)',
})
export class CaseClosure {
  @Field(() => CaseOutcome, { description: '办结情况 — outcome' })
  outcome!: CaseOutcome;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '处置时间 — last time the officer reported it handled (RESOLVE)' })
  handledAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '核查时间 — when a supervisor verified the fix (VERIFY)' })
  verifiedAt!: Date | null;

  @Field(() => Int, { description: '返工次数 — times verification failed and the case went back (REWORK)' })
  reworkCount!: number;

  @Field(() => Int, { nullable: true, description: '当事人满意度 — satisfaction (1–5) given at the follow-up visit; null before it' })
  partySatisfaction!: number | null;

  @Field(() => Boolean, { nullable: true, description: '当事人满意 — satisfaction ≥ 4 at the follow-up visit; null before it' })
  partySatisfied!: boolean | null;
}
