import { Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

import { EvidenceCustodyEvent } from './custody-event.entity';

@InputType({ description: '证据移交 — hand an evidence item over to another holder' })
export class HandOverEvidenceInput {
  @Field(() => ID, { description: 'Evidence id' })
  evidenceId!: string;

  @Field(() => String, { description: '接收方 — new holder, e.g. 局法制科 or 兰溪市人民法院 (2–120 characters)' })
  @Length(2, 120)
  toHolder!: string;

  @Field(() => String, { description: '事由 — reason (2–300 characters)' })
  @Length(2, 300)
  reason!: string;
}

@ObjectType({ description: 'Result of handOverEvidence' })
export class HandOverEvidencePayload {
  @Field(() => EvidenceCustodyEvent, { description: 'The recorded hand-over' })
  event!: EvidenceCustodyEvent;
}
