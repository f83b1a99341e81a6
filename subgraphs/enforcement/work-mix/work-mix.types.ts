import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

/**
 * 721 工作量 — the bureau's work of a period over all subgraphs. Enforcement owns it and counts the decisions on
 * cases; the service subgraph adds its own work and the shares (`split`), reading these counts through @requires.
 */
@ObjectType({
  description:
    '721 工作量 — all work of a unit (with the units under it) or the whole bureau in a period, for the 721 split (70 % service, ' +
    "20 % management, 10 % enforcement). Decisions on cases are counted here (enforcement); `split` adds the service subgraph's work.",
})
@Directive('@key(fields: "id")')
export class WorkMix {
  @Field(() => ID, { description: 'Key of this answer: unit (or "bureau") and period' })
  id!: string;

  @Field(() => GraphQLISODateTime, { description: 'Period start (inclusive)' })
  from!: Date;

  @Field(() => GraphQLISODateTime, { description: 'Period end (exclusive)' })
  to!: Date;

  @Field(() => ID, { nullable: true, description: 'The unit asked for; null for the whole bureau' })
  unitId!: string | null;

  @Field(() => [ID], { nullable: true, description: '覆盖单位 — the unit and every unit under it; null for the whole bureau' })
  coveredUnitIds!: string[] | null;

  @Field(() => Int, {
    description: '服务处置 — effective SERVICE decisions (e.g. leading a vendor to a vending zone) made in the period on cases of these units',
  })
  serviceDispositions!: number;

  @Field(() => Int, { description: '温馨提示 — effective WARNING decisions (首违不罚) made in the period; management work' })
  warnings!: number;

  @Field(() => Int, { description: '整改告知 — effective RECTIFICATION_NOTICE decisions made in the period; management work' })
  rectificationNotices!: number;

  @Field(() => Int, { description: '处罚 — effective PENALTY and LABOR_IN_LIEU decisions made in the period; enforcement work' })
  penalties!: number;
}
