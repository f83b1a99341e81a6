import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { StallCategory } from '../stall/stall-enums';
import { StallPermit } from './stall-permit.entity';

@InputType({ description: '申请摊位 — apply for a stall in a vending zone (signed in)' })
export class ApplyForStallInput {
  @Field(() => ID, { description: '疏导点 — the vending zone (UUID)' })
  zoneId!: string;

  @Field(() => ID, { description: '商户 — the applying merchant (enforcement Merchant id, UUID)' })
  merchantId!: string;

  @Field(() => StallCategory, { nullable: true, description: '意向类别 — preferred category; omitted = any free stall' })
  preferredCategory?: StallCategory | null;
}

@InputType({ description: '摊位分配 — run an allocation round of a zone (staff of its squad, or ADMIN)' })
export class AllocateStallsInput {
  @Field(() => ID, { description: '疏导点 — the vending zone (UUID)' })
  zoneId!: string;
}

@ObjectType({ description: 'Result of applyForStall' })
export class ApplyForStallPayload {
  @Field(() => StallPermit, { description: 'The application (WAITLISTED, or REFUSED with the reason)' })
  permit!: StallPermit;
}

@ObjectType({ description: 'Result of allocateStalls' })
export class AllocateStallsPayload {
  @Field(() => [StallPermit], { description: '本轮分配 — permits allocated in this round, in allocation order' })
  allocated!: StallPermit[];

  @Field(() => [StallPermit], { description: '本轮拒绝 — applications refused in this round (blacklisted)' })
  refused!: StallPermit[];

  @Field(() => Int, { description: '仍在候补 — applications still waiting (no suitable free stall)' })
  stillWaiting!: number;
}

@ObjectType({ description: '摊位申请列表 — a page of stall applications, newest first' })
export class StallPermitConnection extends Connection(StallPermit, '摊位申请') {}
