import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { MentoringCheckIn } from './mentoring-check-in.entity';
import { Mentorship } from './mentorship.entity';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: '建立师徒关系 — pairs a mentor with a new officer' })
export class CreateMentorshipInput {
  @Field(() => ID, { description: '导师 — senior officer id' }) @IsUUID() mentorId!: string;
  @Field(() => ID, { description: '徒弟 — new officer id' }) @IsUUID() menteeId!: string;
  @Field(() => String, { description: '开始日期 — YYYY-MM-DD' }) @Matches(DATE) startsOn!: string;
  @Field(() => String, { description: '结束日期 — YYYY-MM-DD, after startsOn' }) @Matches(DATE) endsOn!: string;

  @Field(() => [String], { description: '带教目标 — 1–10 goals, 2–200 characters each' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @Length(2, 200, { each: true })
  goals!: string[];
}

@InputType({ description: '记录带教 — a check-in by the mentor or the mentee' })
export class LogMentoringCheckInInput {
  @Field(() => ID, { description: '师徒关系 — mentorship id' }) @IsUUID() mentorshipId!: string;
  @Field(() => String, { description: '日期 — YYYY-MM-DD, within the period and not in the future' }) @Matches(DATE) occurredOn!: string;
  @Field(() => String, { description: '内容 — 5–1000 characters' }) @Length(5, 1000) note!: string;
}

@InputType({ description: '导师签字出师 — the mentor signs off (needs at least one check-in)' })
export class SignOffMentorshipInput {
  @Field(() => ID, { description: '师徒关系 — mentorship id' }) @IsUUID() mentorshipId!: string;
  @Field(() => String, { description: '评语 — 5–500 characters' }) @Length(5, 500) note!: string;
}

@InputType({ description: '徒弟反馈 — the mentee rates the mentoring once' })
export class SubmitMenteeFeedbackInput {
  @Field(() => ID, { description: '师徒关系 — mentorship id' }) @IsUUID() mentorshipId!: string;
  @Field(() => Int, { description: '评分 — 1–5' }) @Min(1) @Max(5) rating!: number;

  @Field(() => String, { nullable: true, description: '反馈 — up to 500 characters' })
  @IsOptional()
  @Length(1, 500)
  feedback?: string | null;
}

@ObjectType({ description: 'Result of a mentoring mutation' })
export class MentorshipPayload {
  @Field(() => Mentorship, { description: 'The mentorship' }) mentorship!: Mentorship;
}

@ObjectType({ description: 'Result of logMentoringCheckIn' })
export class CheckInPayload {
  @Field(() => MentoringCheckIn, { description: 'The check-in' }) checkIn!: MentoringCheckIn;
}
