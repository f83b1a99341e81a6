import { IsUUID } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { ExamAccommodation } from './exam-accommodation.entity';

@InputType({ description: '给予考试便利 — extra time for one officer in one exam' })
export class GrantExamAccommodationInput {
  @Field(() => ID, { description: '考试 — exam id' })
  @IsUUID()
  examId!: string;

  @Field(() => ID, { description: '考生 — officer id' })
  @IsUUID()
  officerId!: string;

  @Field(() => Int, { description: '延长时间（分钟） — 1–120' })
  extraMinutes!: number;

  @Field(() => String, { description: '理由 — at least 5 characters' })
  reason!: string;
}

@ObjectType({ description: 'Result of grantExamAccommodation' })
export class ExamAccommodationPayload {
  @Field(() => ExamAccommodation, { description: 'The accommodation' })
  accommodation!: ExamAccommodation;
}
