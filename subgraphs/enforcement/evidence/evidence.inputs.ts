import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from 'type-graphql';

import { IsMediaUri, MEDIA_URI_RULE } from '../../../kernel/graphql/media-uri';

import { Case } from '../case/case.entity';
import { EvidenceKind } from './evidence-kind.enum';
import { Evidence } from './evidence.entity';

@InputType({ description: '证据项 — one evidence item: kind, stored file and when it was captured' })
export class EvidenceItemInput {
  @Field(() => EvidenceKind, { description: '类型 — kind' })
  kind!: EvidenceKind;

  @Field(() => String, { description: `存储地址 — URI of the uploaded file: ${MEDIA_URI_RULE}` })
  @IsMediaUri()
  uri!: string;

  @Field(() => String, { description: 'SHA-256 of the file, 64 hex digits' })
  sha256!: string;

  @Field(() => GraphQLISODateTime, { description: '采集时间 — when it was captured (not in the future)' })
  capturedAt!: Date;
}

@InputType({ description: '添加证据 — add an evidence item (immutable afterwards)' })
export class AddEvidenceInput extends EvidenceItemInput {
  @Field(() => ID, { description: 'Case id' })
  caseId!: string;
}

@ObjectType({ description: 'Result of addEvidence' })
export class AddEvidencePayload {
  @Field(() => Evidence, { description: 'The stored evidence item' })
  evidence!: Evidence;

  @Field(() => Case, { description: 'The case the item was added to, as it is now (evidence list and timeline included)' })
  case!: Case;
}
