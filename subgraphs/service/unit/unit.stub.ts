import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Enforcement's 单位 (局 / 大队 / 中队), referenced by id. */
@ObjectType({ description: '单位 — unit (owned by the enforcement subgraph)' })
@Directive('@key(fields: "id", resolvable: false)')
export class Unit {
  @Field(() => ID, { description: 'Unit id' })
  id!: string;
}
