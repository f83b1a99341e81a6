import type { MessageHandler } from '../../../kernel/outbox/consume';
import { MerchantCreditLevel } from './merchant-credit-level';

/** Topic enforcement publishes whenever a merchant's credit file changes. */
export const MERCHANT_CREDIT_CHANGED = 'merchant.credit-changed';

interface CreditChanged {
  merchantId: string;
  level: MerchantCreditLevel;
  score: number;
  blacklisted: boolean;
  asOf: string;
}

/** Upserts the copy unless a newer one is already held (events may arrive out of order after retries). */
export const onMerchantCreditChanged: MessageHandler = async (scope, payload) => {
  const p = payload as unknown as CreditChanged;
  if (!Object.values(MerchantCreditLevel).includes(p.level)) {
    scope.log.warn({ merchantId: p.merchantId, level: p.level }, 'credit event with an unknown level; ignored');
    return;
  }
  const schema = scope.em.config.get('schema');
  await scope.em.execute(
    `insert into "${schema}".merchant_credit (merchant_id, level, score, blacklisted, as_of) values (?, ?, ?, ?, ?)
     on conflict (merchant_id) do update set level = excluded.level, score = excluded.score, blacklisted = excluded.blacklisted, as_of = excluded.as_of
     where "${schema}".merchant_credit.as_of <= excluded.as_of`,
    [p.merchantId, p.level, p.score, p.blacklisted, new Date(p.asOf)],
  );
};
