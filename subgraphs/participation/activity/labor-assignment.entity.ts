import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 以劳代罚指派 — participation's copy of enforcement's labor-in-lieu dispositions, fed by the `labor.assigned`
 * outbox event (applied once): which session the disposition is served in and which account serves it. Sign-ups
 * with a disposition are checked against it, never against enforcement's tables.
 */
@Entity({ tableName: 'labor_assignment' })
export class LaborAssignment {
  /** The enforcement Disposition id. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The labor-in-lieu session (Activity) named by the disposition. */
  @Property({ type: 'uuid' })
  activityId!: string;

  /** Sign-in subject of the person who serves: the party, or the person the party named. */
  @Property({ type: 'string', length: 64 })
  servedBy!: string;

  @Property({ type: 'datetime' })
  dueAt!: Date;

  /** Unit of the case (only its officers and supervisors may enrol the person); null for copies made before it was sent. */
  @Property({ type: 'uuid', nullable: true })
  unitId?: string | null;

  /** When enforcement withdrew the disposition (superseded by a supervisor, or lapsed back to the fine); null while it stands. */
  @Property({ type: 'datetime', nullable: true })
  withdrawnAt?: Date | null;

  /** SUPERSEDED or LAPSED (see LaborWithdrawalCause). */
  @Property({ type: 'string', length: 16, nullable: true })
  withdrawnCause?: string | null;

  /** Enforcement's reason (the supervisor's written reason, or the lapse). */
  @Property({ type: 'text', nullable: true })
  withdrawnReason?: string | null;
}
