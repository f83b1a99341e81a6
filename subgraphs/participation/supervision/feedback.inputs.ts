import { IsIn, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { Officer } from '../officer/officer.stub';
import { FeedbackKind, FeedbackStatus } from './feedback-enums';
import { OfficerFeedback } from './officer-feedback.entity';

@InputType({
  description: '执法监督 — praise or complain about an officer (open to anonymous callers, rate-limited)',
})
export class SendOfficerFeedbackInput {
  @Field(() => ID, { description: 'Officer id, from the supervision code (执法监督码)' })
  @IsUUID()
  officerId!: string;

  @Field(() => FeedbackKind, { description: '类型 — praise or complaint' })
  kind!: FeedbackKind;

  @Field(() => String, { description: '内容 — 5–1000 characters' })
  @Length(5, 1000)
  content!: string;

  @Field(() => String, {
    nullable: true,
    description: '联系电话 — optional, for the follow-up; kept private',
  })
  @IsOptional()
  @Matches(/^1\d{10}$/, { message: 'contactPhone must be an 11-digit mainland mobile number' })
  contactPhone?: string | null;
}

@InputType({ description: '投诉核查 — outcome of a complaint investigation' })
export class InvestigateComplaintInput {
  @Field(() => ID, { description: 'Feedback id' })
  feedbackId!: string;

  @Field(() => FeedbackStatus, { description: 'SUBSTANTIATED or UNSUBSTANTIATED' })
  @IsIn([FeedbackStatus.SUBSTANTIATED, FeedbackStatus.UNSUBSTANTIATED])
  outcome!: FeedbackStatus;

  @Field(() => String, { description: '核查说明 — 2–1000 characters' })
  @Length(2, 1000)
  note!: string;
}

@InputType({ description: 'Filter for the feedback list' })
export class OfficerFeedbackFilter {
  @Field(() => ID, { nullable: true, description: 'Only about this officer' })
  officerId?: string | null;

  @Field(() => FeedbackKind, { nullable: true, description: 'Only this kind' })
  kind?: FeedbackKind | null;

  @Field(() => FeedbackStatus, { nullable: true, description: 'Only this status' })
  status?: FeedbackStatus | null;
}

@ObjectType({ description: 'Result of a feedback mutation' })
export class OfficerFeedbackPayload {
  @Field(() => OfficerFeedback, { description: 'The feedback' })
  feedback!: OfficerFeedback;
}

@ObjectType({ description: '监督汇总 — citizen feedback about one officer (feeds the assessment)' })
export class FeedbackSummary {
  @Field(() => Int, { description: '表扬 — praise received' })
  praiseCount!: number;

  @Field(() => Int, { description: '投诉 — complaints received' })
  complaintCount!: number;

  @Field(() => Int, { description: '投诉属实 — substantiated complaints' })
  substantiatedComplaintCount!: number;

  @Field(() => Int, { description: '待核查 — complaints not yet investigated' })
  pendingComplaintCount!: number;

  @Field(() => Int, { description: '观察员反馈 — feedback sent by citizen observers during their term' })
  observerReportCount!: number;
}

@ObjectType({
  description: '执法监督码 — the public supervision card of an officer (nothing private)',
})
export class SupervisionCard {
  @Field(() => Officer, {
    description: 'The officer; public badge and unit come from the enforcement subgraph',
  })
  officer!: Officer;

  @Field(() => Int, { description: '市民表扬 — praise received' })
  praiseCount!: number;

  @Field(() => String, { description: '监督说明 — how to praise or complain' })
  howToGiveFeedback!: string;
}
