import { Entity, Index, Property } from '@mikro-orm/core';

import { BaseEntity } from '../../../kernel/db/base.entity';

/**
 * 单位树 — training's copy of enforcement's unit tree (局 → 大队 → 中队): just the parent of each unit, which roll-ups
 * need. Like the training profile it is replicated, never read from enforcement's tables: by the seed from the
 * demo organisation (seed/unit-tree-replica.ts), in production by the HR import that fills the profiles.
 */
@Entity({ tableName: 'unit_tree' })
export class UnitTreeNode extends BaseEntity {
  /** Enforcement Unit id (the primary key `id` is this row's own). */
  @Property({ type: 'uuid', unique: true })
  unitId!: string;

  /** The parent unit's id; null for the bureau (a root). */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  parentUnitId: string | null = null;

  /** 局 / 大队 / 中队 name, for exports and logs. */
  @Property({ type: 'string', length: 60 })
  shortName!: string;
}
