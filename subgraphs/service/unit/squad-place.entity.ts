import { Index, Property } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

/** Columns of a place a squad runs (vending zone, service point): where it is and who runs it. */
@ObjectType()
export abstract class SquadPlace extends BaseEntity {
  @Field(() => String, { description: '地址 — address or landmark' })
  @Property({ type: 'string', length: 200 })
  address!: string;

  @Field(() => Float, { description: '纬度 — latitude (WGS-84)' })
  @Property({ type: 'double' })
  lat!: number;

  @Field(() => Float, { description: '经度 — longitude (WGS-84)' })
  @Property({ type: 'double' })
  lng!: number;

  /** 网格编码 of the enforcement GridCell it lies in. */
  @Index()
  @Property({ type: 'string', length: 20 })
  gridCode!: string;

  /** The enforcement Unit (中队) that runs it. */
  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;
}
