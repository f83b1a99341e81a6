import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Participation's 志愿活动, referenced by id: a guide shift or an outreach event names the activity volunteers sign
 * up for there; places, sign-ups and hours come from participation through the gateway.
 */
@ObjectType({ description: '志愿活动 — volunteer activity (owned by the participation subgraph)' })
@Directive('@key(fields: "id", resolvable: false)')
export class Activity {
  @Field(() => ID, { description: 'Activity id' })
  id!: string;
}
