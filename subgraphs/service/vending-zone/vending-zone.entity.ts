import { ArrayType, Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';

import { SquadPlace } from '../unit/squad-place.entity';
import { VendingZoneKind, VendingZoneStatus } from './vending-zone-enums';

/** 便民疏导点 — a designated vending zone (早市 / 夜市 / 疏导点) with standard stalls and an opening window. */
@Entity({ tableName: 'vending_zone' })
@Index({ properties: ['lat', 'lng'] })
@ObjectType({ description: '便民疏导点 — designated vending zone (早市 / 夜市) with standard stalls (疏堵结合)' })
@Directive('@key(fields: "id")')
export class VendingZone extends SquadPlace {
  @Field(() => String, { description: '名称 — name, e.g. 兰江夜市' })
  @Property({ type: 'string', length: 60 })
  name!: string;

  @Field(() => VendingZoneKind, { description: '类型 — morning market, night market or vending point' })
  @Enum({ items: () => VendingZoneKind, nativeEnumName: 'vending_zone_kind' })
  kind!: VendingZoneKind;

  @Field(() => VendingZoneStatus, { description: '状态 — OPEN zones are public; SUSPENDED ones are hidden from search' })
  @Enum({ items: () => VendingZoneStatus, nativeEnumName: 'vending_zone_status' })
  status!: VendingZoneStatus;

  /** 开放时段 start, minutes after midnight (China time). */
  @Property({ type: 'smallint' })
  opensMinute!: number;

  /** 开放时段 end, minutes after midnight; smaller than the start when the window runs past midnight. */
  @Property({ type: 'smallint' })
  closesMinute!: number;

  @Field(() => [String], { description: '配套设施 — facilities (环保炉具, 分类垃圾桶, 照明, 水电 …)' })
  @Property({ type: ArrayType, columnType: 'text[]' })
  facilities: string[] = [];
}
