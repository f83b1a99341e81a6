import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Participation's 志愿活动 (a labor-in-lieu session), referenced by id. */
@ObjectType({ description: '志愿活动 — volunteer activity (owned by the participation subgraph)' })
@Directive('@key(fields: "id", resolvable: false)')
export class Activity {
  @Field(() => ID, { description: 'Activity id' })
  id!: string;
}
