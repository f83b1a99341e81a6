import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Enforcement's 执法队员, referenced by id; resolvable here only to contribute `serviceWork`. */
@ObjectType({ description: '执法队员 — officer (owned by the enforcement subgraph)' })
@Directive('@key(fields: "id")')
export class Officer {
  @Field(() => ID, { description: 'Officer id' })
  id!: string;
}

/** Reference resolver: the service subgraph knows officers only by id. */
export const officerReference = {
  __resolveReference: (ref: { id: string }): Officer => ({ id: ref.id }),
};
