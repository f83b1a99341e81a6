import type { EntityManager } from '@mikro-orm/postgresql';

import { publish } from '../../../kernel/outbox/publish';
import { CreditEntry } from './credit-entry.entity';
import { summariseCredit } from './credit-rules';

/** Topic the service subgraph consumes: a merchant's credit level and blacklist flag (stall priority, 摊位分配). */
export const MERCHANT_CREDIT_CHANGED = 'merchant.credit-changed';

/**
 * Sends the current credit file summary of these merchants to the service subgraph as one message, in the caller's
 * transaction (so it is sent exactly when the credit change commits). One statement for the entries of all of
 * them; one outbox row however many merchants (the demo seed sends all of them at once).
 */
export async function publishCreditSnapshots(tx: EntityManager, merchantIds: string[], now = new Date()): Promise<void> {
  if (merchantIds.length === 0) {
    return;
  }
  await tx.flush();
  const entries = await tx.find(CreditEntry, { merchantId: { $in: merchantIds } });
  const merchants = [...new Set(merchantIds)].map((merchantId) => {
    const s = summariseCredit(
      entries.filter((e) => e.merchantId === merchantId),
      now,
    );
    return { merchantId, level: s.level, score: s.score, blacklisted: s.blacklisted };
  });
  await publish(tx, { to: 'service', topic: MERCHANT_CREDIT_CHANGED, payload: { asOf: now.toISOString(), merchants } });
}
