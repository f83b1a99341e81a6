import { ArrayMaxSize, Length, ValidateNested } from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from 'type-graphql';

import { ConcernResolution, ConcernTopic } from './merchant-visit-enums';
import { MerchantVisit } from './merchant-visit.entity';

@InputType({ description: '走访诉求 — one concern raised during the visit' })
export class VisitConcernInput {
  @Field(() => ConcernTopic, { description: '类别 — topic' })
  topic!: ConcernTopic;

  @Field(() => String, { description: '诉求内容 — 2–500 characters' })
  @Length(2, 500)
  description!: string;

  @Field(() => ConcernResolution, { description: '处理方式 — solved on the spot or a management task' })
  resolution!: ConcernResolution;

  @Field(() => String, { description: '处理说明 — 2–500 characters' })
  @Length(2, 500)
  resolutionNote!: string;
}

@InputType({ description: '登记走访 — record a visit to a merchant (the visiting officer)' })
export class RecordMerchantVisitInput {
  @Field(() => ID, { description: '商户 — enforcement Merchant id (UUID)' })
  merchantId!: string;

  @Field(() => ID, { description: '网格编码 — grid cell where the merchant trades (up to 20 characters)' })
  @Length(2, 20)
  gridCode!: string;

  @Field(() => GraphQLISODateTime, { description: '走访时间 — when; not in the future, at most 30 days ago' })
  visitedAt!: Date;

  @Field(() => String, { description: '走访记录 — 2–1000 characters' })
  @Length(2, 1000)
  note!: string;

  @Field(() => [VisitConcernInput], { description: '诉求 — the concerns raised, 0–20' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  concerns!: VisitConcernInput[];
}

@ObjectType({ description: 'Result of recordMerchantVisit' })
export class RecordMerchantVisitPayload {
  @Field(() => MerchantVisit, { description: 'The recorded visit' })
  visit!: MerchantVisit;
}
