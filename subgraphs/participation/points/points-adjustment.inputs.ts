import { Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { PointEntry } from './point-entry.entity';

@InputType({ description: "积分调整 — grant or deduct a volunteer's points with a reason (ADMIN, SUPERVISOR); the balance never goes below 0" })
export class AdjustVolunteerPointsInput {
  @Field(() => ID, { description: 'Volunteer id' })
  volunteerId!: string;

  @Field(() => Int, { description: '积分 — -10,000 to 10,000, not 0: positive grants, negative deducts' })
  @Min(-10_000)
  @Max(10_000)
  amount!: number;

  @Field(() => String, { description: '理由 — why, 2 to 200 characters (e.g. 更正重复计分, 年度优秀志愿者奖励)' })
  @Length(2, 200)
  reason!: string;
}

@ObjectType({ description: 'Result of adjustVolunteerPoints' })
export class AdjustVolunteerPointsPayload {
  @Field(() => PointEntry, { description: 'The ledger entry, with who made it and why' })
  entry!: PointEntry;

  @Field(() => Int, { description: 'Balance after the adjustment' })
  balance!: number;
}
