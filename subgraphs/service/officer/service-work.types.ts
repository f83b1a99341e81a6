import { Field, Float, GraphQLISODateTime, InputType, Int, ObjectType } from 'type-graphql';

@InputType({ description: 'Period [from, to), at most 366 days' })
export class ServicePeriodInput {
  @Field(() => GraphQLISODateTime, { description: 'Start (inclusive)' })
  from!: Date;

  @Field(() => GraphQLISODateTime, { description: 'End (exclusive), after the start, at most 366 days later' })
  to!: Date;
}

@ObjectType({ description: "服务工作量 — an officer's service work in a period (the 70 in 721)" })
export class ServiceWork {
  @Field(() => Int, { description: '走访次数 — merchant visits made' })
  visits!: number;

  @Field(() => Int, { description: '收集诉求 — concerns raised in those visits' })
  concernsRaised!: number;

  @Field(() => Int, { description: '当场解决 — concerns solved on the spot' })
  concernsSolvedOnTheSpot!: number;

  @Field(() => Int, { description: '引导员值班 — stall guide shifts the officer was on duty for (started in the period)' })
  guideShifts!: number;

  @Field(() => Int, { description: '宣传教育 — outreach events the officer organised (started in the period)' })
  outreachEvents!: number;

  @Field(() => Float, { nullable: true, description: '当场解决率 — concernsSolvedOnTheSpot / concernsRaised; null when none was raised' })
  onTheSpotShare!: number | null;
}
