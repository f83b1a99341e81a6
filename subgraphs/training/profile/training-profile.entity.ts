import { Entity, Index, Property, Unique } from '@mikro-orm/core';

import { BaseEntity } from '../../../kernel/db/base.entity';

/**
 * 培训档案 — training's own copy of the HR facts it needs: the unit, the hire date, the name and the badge number of
 * each officer. Enforcement owns officers; training never reads its tables, so these facts are replicated here (by
 * the seed from the demo roster, in production by the HR import: enforcement has no mutation that creates, renames
 * or transfers an officer, so there is no outbox event to follow yet). They define the compliance population: an
 * officer without a profile is not counted. Name and badge are personal data: only gradebook exports (trainers)
 * show them.
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

  /** 姓名 as in the HR roster (null until an import brings it). */
  @Property({ type: 'string', length: 40, nullable: true })
  name: string | null = null;

  /** 执法证号 / 警号 as in the HR roster (null until an import brings it). */
  @Property({ type: 'string', length: 20, nullable: true })
  badgeNumber: string | null = null;
}
