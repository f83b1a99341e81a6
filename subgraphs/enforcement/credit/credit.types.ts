import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { CreditEntry } from './credit-entry.entity';
import { CreditLevel } from './credit-rules';

@ObjectType({ description: '商户诚信档案 — credit file of a merchant over the last 12 months' })
export class CreditFile {
  @Field(() => Int, { description: '诚信分 — score 0–100' })
  score!: number;

  @Field(() => CreditLevel, { description: '诚信等级 — level A–D (drives supervision intensity)' })
  level!: CreditLevel;

  @Field(() => Int, { description: '小红花 — red flowers in the window' })
  redFlowers!: number;

  @Field(() => Int, { description: '小黑点 — black dots in the window' })
  blackDots!: number;

  @Field(() => Boolean, { description: '黑名单 — serious repeat offender (3+ penalties in 12 months)' })
  blacklisted!: boolean;

  @Field(() => Boolean, { description: '文明商户 — level A, no black dot and at least one red flower' })
  civilizedMerchant!: boolean;

  @Field(() => [CreditEntry], { description: '记录 — the latest entries (up to 20), newest first' })
  entries!: CreditEntry[];
}

@InputType({ description: '颁发小红花 — commend a merchant (supervisors)' })
export class AwardRedFlowerInput {
  @Field(() => ID, { description: 'Merchant id' })
  merchantId!: string;

  @Field(() => String, { description: '事由 — reason, 2–300 characters, e.g. 门前三包落实到位' })
  @Length(2, 300)
  reason!: string;

  @Field(() => ID, { nullable: true, description: 'Related case, if any' })
  @IsOptional()
  caseId?: string | null;
}

@ObjectType({ description: 'Result of awardRedFlower' })
export class AwardRedFlowerPayload {
  @Field(() => CreditEntry, { description: 'The new entry' })
  entry!: CreditEntry;
}
