import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 已结案件 — participation's copy of the enforcement cases that were closed, fed by the `case.closed` outbox
 * event (applied once). Follow-up surveys are checked against it, never against enforcement's tables.
 */
@Entity({ tableName: 'closed_case' })
export class ClosedCase {
  /** The enforcement Case id. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The unit that owns the case: staff of that unit (and ADMIN) record its follow-up survey. */
  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'datetime' })
  closedAt!: Date;
}
