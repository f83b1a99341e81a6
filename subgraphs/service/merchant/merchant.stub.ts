import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Enforcement's 商户, referenced by id; its credit file and details come from enforcement. */
@ObjectType({ description: '商户 — merchant (owned by the enforcement subgraph)' })
@Directive('@key(fields: "id", resolvable: false)')
export class Merchant {
  @Field(() => ID, { description: 'Merchant id' })
  id!: string;
}
