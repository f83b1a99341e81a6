import type { MessageHandler } from '../../../kernel/outbox/consume';

/** Topic training publishes when officers' duty eligibility (持证上岗) changes. */
export const DUTY_ELIGIBILITY_CHANGED = 'duty-eligibility.changed';

interface EligibilityChange {
  officerId: string;
  eligible: boolean;
  reasons: string[];
  asOf: string;
}

/** Keeps enforcement's copy (inside the inbox transaction: applied once); an older change never overwrites a newer one. */
export const onDutyEligibilityChanged: MessageHandler = async (scope, payload) => {
  const { officers } = payload as { officers: EligibilityChange[] };
  for (const o of officers) {
    await scope.em.execute(
      `insert into enforcement.officer_duty_eligibility (officer_id, eligible, reasons, as_of) values (?, ?, ?::jsonb, ?)
       on conflict (officer_id) do update set eligible = excluded.eligible, reasons = excluded.reasons, as_of = excluded.as_of
       where officer_duty_eligibility.as_of < excluded.as_of`,
      [o.officerId, o.eligible, JSON.stringify(o.reasons), o.asOf],
    );
  }
};
