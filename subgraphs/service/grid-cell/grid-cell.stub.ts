import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Enforcement's 网格, referenced by code; the gateway fetches its fields from enforcement. */
@ObjectType({ description: '网格 — grid cell (owned by the enforcement subgraph)' })
@Directive('@key(fields: "code", resolvable: false)')
export class GridCell {
  @Field(() => ID, { description: '网格编码 — grid code' })
  code!: string;
}
