import { Entity, Index, Property, Unique } from '@mikro-orm/core';

import { BaseEntity } from '../../../kernel/db/base.entity';

/**
 * 培训档案 — training's own copy of the HR facts it needs: the unit and the hire date of each officer. Enforcement
 * owns officers; training never reads its tables, so these facts are replicated here (by the seed from the demo
 * roster, in production by an HR import / outbox message). They define the compliance population: an officer
 * without a profile is not counted.
 */
@Entity({ tableName: 'training_profile' })
export class TrainingProfile extends BaseEntity {
  @Unique()
  @Property({ type: 'uuid' })
  officerId!: string;

  /** Enforcement Unit id (the officer's squad, brigade or bureau). */
  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  /** 入职日期 (YYYY-MM-DD). */
  @Property({ type: 'date' })
  hiredOn!: string;
}
