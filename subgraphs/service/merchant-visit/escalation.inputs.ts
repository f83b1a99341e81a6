import { Length, Matches } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

import { VisitConcern } from './visit-concern.entity';

@InputType({ description: '走访诉求转立案 — hand a concern not solved on the spot to enforcement as a case (the visiting officer or staff of the squad)' })
export class EscalateVisitConcernInput {
  @Field(() => ID, { description: '走访诉求 — the concern (UUID); it must be a MANAGEMENT_TASK not yet handed over' })
  concernId!: string;

  @Field(() => ID, {
    description: "违法行为编码 — code of the violation type in enforcement's catalogue, e.g. ZD-01 (2–20 characters: letters, digits, hyphen)",
  })
  @Length(2, 20)
  @Matches(/^[A-Za-z0-9-]+$/)
  violationTypeCode!: string;
}

@ObjectType({ description: 'Result of escalateVisitConcern' })
export class EscalateVisitConcernPayload {
  @Field(() => VisitConcern, { description: 'The concern, now escalated; its case appears once enforcement has opened it (caseNumber, case)' })
  concern!: VisitConcern;
}
