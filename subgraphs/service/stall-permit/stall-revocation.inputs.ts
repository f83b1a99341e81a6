import { Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

import { StallPermit } from './stall-permit.entity';

@InputType({ description: "警告摊主 — record a warning against an allocated permit (staff of the zone's squad, ADMIN)" })
export class WarnStallPermitHolderInput {
  @Field(() => ID, { description: '摊位许可 — the permit (UUID)' })
  permitId!: string;

  @Field(() => String, { description: '警告理由 — what is wrong, told to the merchant, 5–300 characters' })
  @Length(5, 300)
  reason!: string;
}

@InputType({ description: "撤销摊位许可 — revoke an allocated permit after a warning; the stall is freed (staff of the zone's squad, ADMIN)" })
export class RevokeStallPermitInput {
  @Field(() => ID, { description: '摊位许可 — the permit (UUID)' })
  permitId!: string;

  @Field(() => String, { description: '撤销理由 — why, told to the merchant, 5–300 characters' })
  @Length(5, 300)
  reason!: string;
}

@InputType({
  description: "摊位许可续期 — renew an allocated permit for another year, in the 30 days before it expires (the merchant's operator, staff of the squad)",
})
export class RenewStallPermitInput {
  @Field(() => ID, { description: '摊位许可 — the permit (UUID)' })
  permitId!: string;
}

@ObjectType({ description: 'Result of warnStallPermitHolder, revokeStallPermit or renewStallPermit' })
export class StallPermitChangePayload {
  @Field(() => StallPermit, { description: 'The permit after the change' })
  permit!: StallPermit;
}
