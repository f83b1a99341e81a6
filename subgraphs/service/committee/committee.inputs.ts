import { ArrayMaxSize, ArrayMinSize, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

import { Merchant } from '../merchant/merchant.stub';
import { SelfGovernanceCommittee } from './committee.entity';

@InputType({ description: "成立商户自治委员会 — form a zone's committee from its stall holders (staff of the squad, ADMIN)" })
export class FormCommitteeInput {
  @Field(() => ID, { description: '疏导点 — the vending zone (UUID); one committee per zone' })
  zoneId!: string;

  @Field(() => String, { description: '名称 — 2–60 characters' })
  @Length(2, 60)
  name!: string;

  @Field(() => [ID], { description: '委员 — 3–15 distinct merchants (enforcement Merchant ids) holding a stall in the zone, in duty order (seat 1 first)' })
  @ArrayMinSize(3)
  @ArrayMaxSize(15)
  memberMerchantIds!: string[];

  @Field(() => ID, { description: '主任 — the chair, one of the members' })
  chairMerchantId!: string;

  @Field(() => String, { description: '轮值起始日 — China-time date YYYY-MM-DD on which seat 1 is first on duty, within 31 days from today' })
  @Length(10, 10)
  rosterStartsOn!: string;
}

@ObjectType({ description: 'Result of formCommittee' })
export class FormCommitteePayload {
  @Field(() => SelfGovernanceCommittee, { description: 'The committee' })
  committee!: SelfGovernanceCommittee;
}

@ObjectType({ description: "值班日 — one day of the committee's duty roster" })
export class CommitteeDutyDay {
  @Field(() => String, { description: '日期 — China-time date YYYY-MM-DD' })
  date!: string;

  @Field(() => Merchant, { nullable: true, description: '值班摊主 — the merchant on duty; null before the roster starts' })
  merchant!: Merchant | null;
}
