import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Enforcement's 执法案件, referenced by id (a visit concern that became a case). */
@ObjectType({ description: '执法案件 — enforcement case (owned by the enforcement subgraph)' })
@Directive('@key(fields: "id", resolvable: false)')
export class Case {
  @Field(() => ID, { description: 'Case id' })
  id!: string;
}
