import { Field, Float, Int, ObjectType } from 'type-graphql';

/** 公示指标 — disclosure rate and timeliness of a period's penalty decisions. */
@ObjectType({ description: '行政执法公示指标 — disclosure of the penalty decisions made in the period (rates 0–1, null when nothing to divide)' })
export class DisclosureKpis {
  @Field(() => Int, { description: '处罚决定 — penalty decisions made in the period' })
  decisions!: number;

  @Field(() => Int, { description: '已公示 — of those, published (including later withdrawn)' })
  published!: number;

  @Field(() => Int, { description: '按期公示 — published by its deadline (the thresholds in force at the decision; at most 7 working days)' })
  publishedOnTime!: number;

  @Field(() => Int, { description: '不予公开 — held back with a recorded ground' })
  withheld!: number;

  @Field(() => Int, { description: '已撤回 — withdrawn after a change, revocation or finding of unlawfulness' })
  withdrawn!: number;

  @Field(() => Int, { description: '按期撤回 — withdrawn by its deadline (at most 3 working days after the change)' })
  withdrawnOnTime!: number;

  @Field(() => Float, { nullable: true, description: '公示率 — published / (decisions − withheld)' })
  disclosureRate!: number | null;

  @Field(() => Float, { nullable: true, description: '公示及时率 — publishedOnTime / published' })
  timelinessRate!: number | null;

  @Field(() => Float, { nullable: true, description: '撤回及时率 — withdrawnOnTime / withdrawn' })
  withdrawalTimelinessRate!: number | null;
}
