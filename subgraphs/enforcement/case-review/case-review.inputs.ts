import { Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { Case } from '../case/case.entity';
import { CaseReview } from './case-review.entity';

@InputType({ description: '一案一评 — review a closed case (supervisors)' })
export class ReviewCaseInput {
  @Field(() => ID, { description: 'Case id (CLOSED)' })
  caseId!: string;

  @Field(() => Int, { description: '评分 — 0–100' })
  score!: number;

  @Field(() => String, { description: '评议 — 5–2000 characters' })
  @Length(5, 2000)
  summary!: string;

  @Field(() => Boolean, { defaultValue: false, description: '典型案例 — mark as a typical case' })
  isTypicalCase!: boolean;
}

@ObjectType({ description: 'Result of reviewCase' })
export class ReviewCasePayload {
  @Field(() => CaseReview, { description: 'The stored review' })
  review!: CaseReview;

  @Field(() => Case, { description: 'The case' })
  case!: Case;
}
