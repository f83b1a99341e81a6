import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { Volunteer } from '../volunteer/volunteer.entity';
import { PointEntry } from './point-entry.entity';
import { Redemption } from './redemption.entity';

@InputType({ description: '积分兑换 — spend points on a catalogue reward' })
export class RedeemRewardInput {
  @Field(() => ID, { description: 'Reward id' })
  rewardId!: string;
}

@ObjectType({ description: 'Result of redeemReward' })
export class RedeemRewardPayload {
  @Field(() => Redemption, { description: 'The redemption' })
  redemption!: Redemption;

  @Field(() => PointEntry, { description: 'The ledger entry taking the points' })
  entry!: PointEntry;

  @Field(() => Int, { description: 'Balance after the redemption' })
  balance!: number;
}

@ObjectType({ description: '积分榜 — one line of the points leaderboard' })
export class LeaderboardEntry {
  @Field(() => Int, { description: '名次 — rank (ties share a rank)' })
  rank!: number;

  @Field(() => Volunteer, { description: 'The volunteer (name masked for the public)' })
  volunteer!: Volunteer;

  @Field(() => Int, { description: '积分 — points earned in the period' })
  points!: number;
}
