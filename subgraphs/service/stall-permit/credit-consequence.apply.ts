import type { EntityManager } from '@mikro-orm/postgresql';

import type { CreditCopy } from './credit-consequence';
import { creditConsequence } from './credit-consequence';
import { revokePermit } from './revoke-permit';

/**
 * Applies a credit change to the merchant's allocated permits inside the consumer's transaction: a warning is
 * recorded (count, time, reason), or the permit is revoked with the reason and its stall freed.
 */
export async function applyCreditToPermits(em: EntityManager, merchantId: string, previous: CreditCopy | null, next: CreditCopy): Promise<void> {
  const schema = em.config.get('schema');
  const held: { id: string; stall_id: string; warning_count: number }[] = await em.execute(
    `select id, stall_id, warning_count from "${schema}".stall_permit where merchant_id = ? and status = 'ALLOCATED' for update`,
    [merchantId],
  );
  for (const permit of held) {
    const consequence = creditConsequence(previous, next, permit.warning_count);
    if (consequence.kind === 'WARN') {
      await em.execute(
        `update "${schema}".stall_permit set warning_count = warning_count + 1, last_warned_at = now(), last_warning_reason = ?, updated_at = now() where id = ?`,
        [consequence.reason, permit.id],
      );
    } else if (consequence.kind === 'REVOKE') {
      await revokePermit(em, { id: permit.id, stallId: permit.stall_id }, consequence.reason);
    }
  }
}
