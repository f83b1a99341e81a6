import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 上岗资格（已发布）— the duty eligibility training last published for an officer through the outbox
 * (`duty-eligibility.changed`); the publishing job compares against it so only changes are sent.
 */
@Entity({ tableName: 'duty_eligibility_state' })
export class DutyEligibilityState {
  @PrimaryKey({ type: 'uuid' })
  officerId!: string;

  @Property({ type: 'boolean' })
  eligible!: boolean;

  /** DutyIneligibility values, sorted. */
  @Property({ type: 'json' })
  reasons!: string[];

  @Property({ type: 'datetime' })
  publishedAt!: Date;
}
