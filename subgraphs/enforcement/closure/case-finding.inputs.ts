import { Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

import { Case } from '../case/case.entity';
import { CaseFinding, CaseFindingKind } from './case-finding.entity';

@InputType({ description: '记录办理结论 — end a case in progress without a disposition; the case needs at least one evidence item' })
export class RecordCaseFindingInput {
  @Field(() => ID, { description: 'Case id (IN_PROGRESS, no disposition yet)' })
  caseId!: string;

  @Field(() => CaseFindingKind, { description: '结论 — kind of finding' })
  kind!: CaseFindingKind;

  @Field(() => String, { description: '理由 — written reason, 5 to 1000 characters' })
  @Length(5, 1000)
  reason!: string;
}

@ObjectType({ description: 'Result of recordCaseFinding' })
export class RecordCaseFindingPayload {
  @Field(() => CaseFinding, { description: 'The stored finding' })
  finding!: CaseFinding;

  @Field(() => Case, { description: 'The case' })
  case!: Case;
}
