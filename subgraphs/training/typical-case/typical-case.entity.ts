import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 典型案例 — training's copy of the enforcement cases a case review marked typical, fed by the
 * `case.typical-changed` outbox event (applied once; unmarking removes it). Drills are built only from these.
 */
@Entity({ tableName: 'typical_case' })
export class TypicalCase {
  /** The enforcement Case id. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The review's summary: the case's public description, shown with the drills built from it. */
  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: 'datetime' })
  markedAt!: Date;
}
