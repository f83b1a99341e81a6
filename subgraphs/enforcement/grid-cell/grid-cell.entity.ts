import { Entity, PrimaryKeyProp, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';

import type { Officer } from '../officer/officer.entity';
import type { Unit } from '../unit/unit.entity';

/**
 * 网格 — a grid cell of the digital city-management grid. Its area is a bounding box (south-west and
 * north-east corners), enough to dispatch a report to the cell that contains a point.
 */
@Entity({ tableName: 'grid_cell' })
@ObjectType({ description: '网格 — grid cell of the city-management grid, with district / street / community' })
@Directive('@key(fields: "code")')
export class GridCell {
  [PrimaryKeyProp]?: 'code';

  @Field(() => ID, { description: '网格编码 — grid code, e.g. LX-YS-01' })
  @PrimaryKey({ type: 'string', length: 20 })
  code!: string;

  @Field(() => String, { description: '网格名称 — grid name' })
  @Property({ type: 'string', length: 60 })
  name!: string;

  @Field(() => String, { description: '区/县(市) — district' })
  @Property({ type: 'string', length: 40 })
  district!: string;

  @Field(() => String, { description: '街道/乡镇 — street or town' })
  @Index()
  @Property({ type: 'string', length: 40 })
  street!: string;

  @Field(() => String, { description: '社区/村 — community' })
  @Property({ type: 'string', length: 40 })
  community!: string;

  @Field(() => Float, { description: 'South-west corner latitude (WGS-84)' })
  @Property({ type: 'double' })
  minLat!: number;

  @Field(() => Float, { description: 'South-west corner longitude (WGS-84)' })
  @Property({ type: 'double' })
  minLng!: number;

  @Field(() => Float, { description: 'North-east corner latitude (WGS-84)' })
  @Property({ type: 'double' })
  maxLat!: number;

  @Field(() => Float, { description: 'North-east corner longitude (WGS-84)' })
  @Property({ type: 'double' })
  maxLng!: number;

  @Index()
  @ManyToOne({ entity: 'Unit', ref: true })
  unit!: Ref<Unit>;

  @Index()
  @ManyToOne({ entity: 'Officer', ref: true, nullable: true })
  responsibleOfficer?: Ref<Officer> | null;
}
