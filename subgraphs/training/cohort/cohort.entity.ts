import { Entity, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

/**
 * 培训班 — a named group of officers that trainers assign courses to. Training does not know units' members
 * (enforcement owns them), so a cohort lists officer ids explicitly.
 */
@Entity({ tableName: 'cohort' })
@ObjectType({ description: '培训班 — a named group of officers (ids) for assignments and compliance' })
export class Cohort extends BaseEntity {
  @Field(() => String, { description: '名称 — e.g. 2026年春季新警班' })
  @Property({ type: 'string', length: 60 })
  name!: string;

  @Field(() => [ID], { description: '成员 — officer ids' })
  @Property({ type: 'text[]' })
  officerIds!: string[];
}
