import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';

/**
 * Enforcement's 执法队员; this subgraph adds its training fields. The three @external fields belong to other
 * subgraphs; `assessment` @requires them, so the gateway fetches them first and passes them in the representation.
 */
@ObjectType({ description: '执法队员 — officer (owned by the enforcement subgraph)' })
@Directive('@key(fields: "id")')
export class Officer {
  @Field(() => ID, { description: 'Officer id' })
  id!: string;

  @Field(() => Int, { nullable: true, description: '投诉属实数 — owned by participation' })
  @Directive('@external')
  substantiatedComplaints?: number | null;

  @Field(() => Float, { nullable: true, description: '教育在先比例 — owned by enforcement' })
  @Directive('@external')
  educationFirstShare?: number | null;

  @Field(() => Float, { nullable: true, description: '社区双线考核得分 — owned by service' })
  @Directive('@external')
  communityScore?: number | null;
}
