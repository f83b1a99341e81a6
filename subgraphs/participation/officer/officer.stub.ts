import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Enforcement's 执法队员, referenced by id. */
@ObjectType({ description: '执法队员 — officer (owned by the enforcement subgraph)' })
@Directive('@key(fields: "id", resolvable: false)')
export class Officer {
  @Field(() => ID, { description: 'Officer id' })
  id!: string;
}
