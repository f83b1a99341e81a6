import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { FollowUp } from './follow-up.entity';

@InputType({ description: '记录回访 — record the follow-up visit of a closed case' })
export class RecordFollowUpInput {
  @Field(() => ID, { description: 'Case id (CLOSED)' })
  caseId!: string;

  @Field(() => Int, { description: '满意度 — 1…5' })
  satisfaction!: number;

  @Field(() => String, { nullable: true, description: '回访意见 — comments, up to 1000 characters' })
  @IsOptional()
  @Length(1, 1000)
  comment?: string | null;
}

@ObjectType({ description: 'Result of recordFollowUp' })
export class RecordFollowUpPayload {
  @Field(() => FollowUp, { description: 'The stored follow-up' })
  followUp!: FollowUp;
}
