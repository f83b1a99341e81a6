import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 持证上岗 — enforcement's copy of each officer's duty eligibility, as training last published it through the
 * outbox (`duty-eligibility.changed`, applied once). Decisions are checked against it, so the last known
 * eligibility applies while training is down; `asOf` says how old it is.
 */
@Entity({ tableName: 'officer_duty_eligibility' })
export class OfficerDutyEligibility {
  @PrimaryKey({ type: 'uuid' })
  officerId!: string;

  @Property({ type: 'boolean' })
  eligible!: boolean;

  /** Training's reasons (NOT_CERTIFIED, CERTIFICATION_EXPIRED, SUSPENDED, HOURS_BEHIND). */
  @Property({ type: 'json' })
  reasons!: string[];

  /** When training computed it. */
  @Property({ type: 'datetime' })
  asOf!: Date;
}
