import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

/**
 * Enforcement's 721 工作量. The @external fields are enforcement's counts and scope; `split` @requires them, so the
 * gateway fetches them first and passes them in the representation (as training's Officer.assessment does).
 */
@ObjectType({ description: '721 工作量 — all work of a unit or the bureau in a period (owned by the enforcement subgraph)' })
@Directive('@key(fields: "id")')
export class WorkMix {
  @Field(() => ID, { description: 'Key of this answer: unit (or "bureau") and period' })
  id!: string;

  @Field(() => GraphQLISODateTime, { description: 'Period start — owned by enforcement' })
  @Directive('@external')
  from?: Date | string;

  @Field(() => GraphQLISODateTime, { description: 'Period end — owned by enforcement' })
  @Directive('@external')
  to?: Date | string;

  @Field(() => [ID], { nullable: true, description: '覆盖单位 — owned by enforcement' })
  @Directive('@external')
  coveredUnitIds?: string[] | null;

  @Field(() => Int, { description: '服务处置 — owned by enforcement' })
  @Directive('@external')
  serviceDispositions?: number;

  @Field(() => Int, { description: '温馨提示 — owned by enforcement' })
  @Directive('@external')
  warnings?: number;

  @Field(() => Int, { description: '整改告知 — owned by enforcement' })
  @Directive('@external')
  rectificationNotices?: number;

  @Field(() => Int, { description: '处罚 — owned by enforcement' })
  @Directive('@external')
  penalties?: number;
}
