import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { UnitLevel } from './unit-level.enum';

@Entity({ tableName: 'unit' })
@ObjectType({ description: '执法单位 — an enforcement unit in the 局 / 大队 / 中队 / 分队 tree' })
@Directive('@key(fields: "id")')
export class Unit extends BaseEntity {
  @Field(() => String, { description: '单位名称 — unit name, e.g. 兰溪市城市管理综合行政执法局云山中队' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: '单位简称 — short name, e.g. 云山中队' })
  @Property({ type: 'string', length: 40 })
  shortName!: string;

  @Field(() => UnitLevel, { description: '层级 — level in the tree' })
  @Enum({ items: () => UnitLevel, nativeEnumName: 'unit_level' })
  level!: UnitLevel;

  @Index()
  @ManyToOne({ entity: () => Unit, nullable: true, ref: true })
  parent?: Ref<Unit> | null;

  @Field(() => String, { nullable: true, description: '辖区 — district or street the unit covers' })
  @Property({ type: 'string', length: 60, nullable: true })
  jurisdiction?: string | null;
}
