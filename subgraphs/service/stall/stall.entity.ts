import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { StallCategory, StallStatus } from './stall-enums';

/** 标准摊位 — one standard stall of a vending zone. */
@Entity({ tableName: 'stall' })
@Unique({ properties: ['zoneId', 'number'] })
@Index({ properties: ['zoneId', 'status'] })
@ObjectType({ description: '标准摊位 — a standard stall in a vending zone' })
@Directive('@key(fields: "id")')
export class Stall extends BaseEntity {
  /** The VendingZone it belongs to. */
  @Property({ type: 'uuid' })
  zoneId!: string;

  @Field(() => String, { description: '摊位号 — stall number inside the zone, e.g. A-07' })
  @Property({ type: 'string', length: 10 })
  number!: string;

  @Field(() => StallCategory, { description: '类别 — what the stall is laid out for' })
  @Enum({ items: () => StallCategory, nativeEnumName: 'stall_category' })
  category!: StallCategory;

  @Field(() => Boolean, { description: '移动环保炉具 — has a mobile environmental stove (no open-fire smoke)' })
  @Property({ type: 'boolean' })
  environmentalStove!: boolean;

  @Field(() => StallStatus, { description: '状态 — FREE stalls can be applied for' })
  @Enum({ items: () => StallStatus, nativeEnumName: 'stall_status' })
  status!: StallStatus;
}
