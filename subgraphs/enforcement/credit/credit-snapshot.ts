import type { EntityManager } from '@mikro-orm/postgresql';

import { publish } from '../../../kernel/outbox/publish';
import { CreditEntry } from './credit-entry.entity';
import { summariseCredit } from './credit-rules';

/** Topic the service subgraph consumes: a merchant's credit level and blacklist flag (stall priority, 摊位分配). */
export const MERCHANT_CREDIT_CHANGED = 'merchant.credit-changed';

/**
 * Sends the current credit file summary of these merchants to the service subgraph, in the caller's transaction
 * (so it is sent exactly when the credit change commits). One statement for the entries of all of them.
 */
export async function publishCreditSnapshots(tx: EntityManager, merchantIds: string[], now = new Date()): Promise<void> {
  if (merchantIds.length === 0) {
    return;
  }
  await tx.flush();
  const entries = await tx.find(CreditEntry, { merchantId: { $in: merchantIds } });
  for (const merchantId of new Set(merchantIds)) {
    const s = summariseCredit(entries.filter((e) => e.merchantId === merchantId), now);
    await publish(tx, {
      to: 'service',
      topic: MERCHANT_CREDIT_CHANGED,
      payload: { merchantId, level: s.level, score: s.score, blacklisted: s.blacklisted, asOf: now.toISOString() },
    });
  }
}
