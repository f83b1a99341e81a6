import { Entity, Index, Property, Unique } from '@mikro-orm/core';

import { BaseEntity } from '../../../kernel/db/base.entity';

/**
 * 单位层级副本 — training's copy of the unit tree (局 → 大队 → 中队), one row per unit with its parent. Enforcement
 * owns units; training never reads its tables, so, like the officers' units in TrainingProfile, the tree is
 * replicated here (by the seed from the demo roster, in production by the HR import). It lets a trainer assign a
 * course to a unit and all its sub-units, and a supervisor see the ledger of officers under their unit.
 */
@Entity({ tableName: 'unit_node' })
export class UnitNode extends BaseEntity {
  @Unique()
  @Property({ type: 'uuid' })
  unitId!: string;

  /** The parent unit; null for the bureau. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  parentUnitId: string | null = null;
}
