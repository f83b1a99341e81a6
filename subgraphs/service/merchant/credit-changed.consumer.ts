import type { MessageHandler } from '../../../kernel/outbox/consume';
import { applyCreditToPermits } from '../stall-permit/credit-consequence.apply';
import { MerchantCreditLevel } from './merchant-credit-level';

/** Topic enforcement publishes whenever a merchant's credit file changes. */
export const MERCHANT_CREDIT_CHANGED = 'merchant.credit-changed';

interface MerchantCreditFacts {
  merchantId: string;
  level: MerchantCreditLevel;
  score: number;
  blacklisted: boolean;
}

/** `{ asOf, merchants: [...] }`; the one-merchant form `{ asOf, merchantId, level, … }` is accepted too. */
type CreditChanged = { asOf: string } & ({ merchants: MerchantCreditFacts[] } | MerchantCreditFacts);

/**
 * Upserts each copy unless a newer one is already held (events may arrive out of order after retries); when the
 * copy changed, the merchant's allocated stall permits feel it (a warning, or revocation after one).
 */
export const onMerchantCreditChanged: MessageHandler = async (scope, payload) => {
  const p = payload as unknown as CreditChanged;
  const schema = scope.em.config.get('schema');
  for (const m of 'merchants' in p ? p.merchants : [p]) {
    if (!Object.values(MerchantCreditLevel).includes(m.level)) {
      scope.log.warn({ merchantId: m.merchantId, level: m.level }, 'credit event with an unknown level; ignored');
      continue;
    }
    const [previous] = await scope.em.execute<{ level: MerchantCreditLevel; score: number; blacklisted: boolean }[]>(
      `select level, score, blacklisted from "${schema}".merchant_credit where merchant_id = ? for update`,
      [m.merchantId],
    );
    const applied = await scope.em.execute(
      `insert into "${schema}".merchant_credit (merchant_id, level, score, blacklisted, as_of) values (?, ?, ?, ?, ?)
       on conflict (merchant_id) do update set level = excluded.level, score = excluded.score, blacklisted = excluded.blacklisted, as_of = excluded.as_of
       where "${schema}".merchant_credit.as_of <= excluded.as_of returning merchant_id`,
      [m.merchantId, m.level, m.score, m.blacklisted, new Date(p.asOf)],
    );
    if (applied.length > 0) {
      await applyCreditToPermits(scope.em, m.merchantId, previous ?? null, m);
    }
  }
};
