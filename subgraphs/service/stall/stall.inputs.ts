import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';

import { Connection, ConnectionArgs } from '../../../kernel/graphql/connection';
import { StallCategory, StallStatus } from './stall-enums';
import { Stall } from './stall.entity';

@InputType({ description: 'Filter for the stalls of a zone' })
export class StallFilter {
  @Field(() => StallStatus, { nullable: true, description: 'Only stalls in this status (FREE: can be applied for)' })
  status?: StallStatus | null;

  @Field(() => StallCategory, { nullable: true, description: 'Only stalls of this category' })
  category?: StallCategory | null;
}

@ArgsType()
export class StallsArgs extends ConnectionArgs {
  @Field(() => ID, { description: '疏导点 — the vending zone (UUID)' })
  zoneId!: string;

  @Field(() => StallFilter, { nullable: true, description: 'Optional filter' })
  filter?: StallFilter | null;
}

@ObjectType({ description: '摊位列表 — a page of stalls, by number' })
export class StallConnection extends Connection(Stall, '标准摊位') {}
