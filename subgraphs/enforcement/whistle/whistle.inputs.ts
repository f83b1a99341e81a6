import { Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

import { WhistleUrgency } from './whistle-rules';
import { Whistle } from './whistle.entity';

@InputType({ description: '吹哨 — call a partner department in on a case' })
export class BlowWhistleInput {
  @Field(() => ID, { description: 'Case id' })
  caseId!: string;

  @Field(() => ID, { description: '协作部门 — department id' })
  departmentId!: string;

  @Field(() => WhistleUrgency, { description: '紧急程度 — NORMAL (24 h) or URGENT (2 h)' })
  urgency!: WhistleUrgency;

  @Field(() => String, { description: '吹哨事由 — 5–1000 characters' })
  @Length(5, 1000)
  reason!: string;
}

@InputType({ description: '报到 — the department acknowledges a whistle' })
export class AcknowledgeWhistleInput {
  @Field(() => ID, { description: 'Whistle id' })
  whistleId!: string;
}

@InputType({ description: '响应 — the department answers a whistle' })
export class RespondToWhistleInput {
  @Field(() => ID, { description: 'Whistle id' })
  whistleId!: string;

  @Field(() => String, { description: '处理结果 — 2–2000 characters' })
  @Length(2, 2000)
  response!: string;
}

@ObjectType({ description: 'Result of a whistle mutation' })
export class WhistlePayload {
  @Field(() => Whistle, { description: 'The whistle after the change' })
  whistle!: Whistle;
}
