import { Entity, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

@Entity({ tableName: 'department' })
@ObjectType({ description: '协作部门 — partner department that answers whistles (吹哨报到)' })
@Directive('@key(fields: "id")')
export class Department extends BaseEntity {
  @Field(() => String, { description: '部门名称 — full name, e.g. 兰溪市市场监督管理局' })
  @Unique()
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: '简称 — short name, e.g. 市场监管' })
  @Property({ type: 'string', length: 20 })
  shortName!: string;

  @Field(() => String, { nullable: true, description: '值班电话 — duty phone (public)' })
  @Property({ type: 'string', length: 20, nullable: true })
  dutyPhone?: string | null;
}
