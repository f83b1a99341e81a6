import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Enforcement's 执法队员; this subgraph adds its training fields (OfficerTrainingResolver). */
@ObjectType({ description: '执法队员 — officer (owned by the enforcement subgraph)' })
@Directive('@key(fields: "id")')
export class Officer {
  @Field(() => ID, { description: 'Officer id' })
  id!: string;
}
