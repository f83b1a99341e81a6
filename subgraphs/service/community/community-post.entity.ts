import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

/**
 * 城管进社区 — an officer stationed in a community: the public contact card (便民服务联系卡) and the opinion box.
 * One post per community grid cell; reassigning replaces the officer.
 */
@Entity({ tableName: 'community_post' })
@ObjectType({ description: '社区工作站 — an officer stationed in a community (城管进社区) with a public contact card and an opinion box' })
export class CommunityPost extends BaseEntity {
  /** 网格编码 of the community's grid cell. */
  @Unique()
  @Property({ type: 'string', length: 20 })
  gridCode!: string;

  @Field(() => String, { description: '社区 — community name, e.g. 桃花坞社区' })
  @Property({ type: 'string', length: 40 })
  community!: string;

  /** The stationed officer (enforcement Officer id). */
  @Index()
  @Property({ type: 'uuid' })
  officerId!: string;

  /** The squad (enforcement Unit id). */
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => String, { description: "联系电话 — the post's work phone printed on the contact card (a duty line, never a personal number)" })
  @Property({ type: 'string', length: 20 })
  workPhone!: string;

  @Field(() => String, { description: '接待时间 — when the officer receives residents, e.g. 每周二、四 9:00–11:30 社区服务中心' })
  @Property({ type: 'string', length: 80 })
  serviceHours!: string;
}
