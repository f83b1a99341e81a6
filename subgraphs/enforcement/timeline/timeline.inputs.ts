import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: "时间线校验 — result of recomputing a case timeline's hash chain" })
export class TimelineVerification {
  @Field(() => Boolean, { description: '完整 — every event links to its predecessor and matches its hash' })
  valid!: boolean;

  @Field(() => ID, { nullable: true, description: 'First event whose link or hash does not match (null when valid)' })
  firstBrokenEventId!: string | null;
}
