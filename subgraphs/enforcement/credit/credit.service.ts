import type { EntityManager } from '@mikro-orm/postgresql';

import { NotFoundError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { requireExistingShape, requireUuid } from '../case/ids';
import type { DispositionKind } from '../disposition/disposition-enums';
import { Merchant } from '../party/merchant.entity';
import { CreditEntry } from './credit-entry.entity';
import { blackDotFor, CREDIT_RULES, CreditMark, summariseCredit } from './credit-rules';
import type { AwardRedFlowerInput, CreditFile } from './credit.types';
import { creditEntriesByMerchant } from './credit.loaders';
import { publishCreditSnapshots } from './credit-snapshot';

/** Case outcomes write these automatically (inside the case's transaction); the service subgraph is told the new level. */
export async function recordBlackDot(tx: EntityManager, merchantId: string, kind: DispositionKind, caseId: string, actor: string, at: Date): Promise<void> {
  const points = blackDotFor(kind);
  if (points !== null) {
    tx.create(CreditEntry, {
      merchantId,
      mark: CreditMark.BLACK_DOT,
      points,
      reason: `案件处置：${kind}`,
      caseId,
      dispositionKind: kind,
      at,
      recordedBy: actor,
    });
    await publishCreditSnapshots(tx, [merchantId], at);
  }
}

export async function recordRectifiedOnTime(tx: EntityManager, merchantId: string, caseId: string, actor: string, at: Date): Promise<void> {
  tx.create(CreditEntry, {
    merchantId,
    mark: CreditMark.RED_FLOWER,
    points: CREDIT_RULES.redFlowerPoints.rectifiedOnTime,
    reason: '按期整改到位',
    caseId,
    at,
    recordedBy: actor,
  });
  await publishCreditSnapshots(tx, [merchantId], at);
}

export class CreditService extends BaseService {
  async file(merchantId: string): Promise<CreditFile> {
    const entries = await this.scope.loaders.get(creditEntriesByMerchant).load(merchantId);
    return { ...summariseCredit(entries, new Date()), entries: entries.slice(0, 20) };
  }

  /** 小红花 for a commendation (e.g. 门前三包落实到位, 最美商户). */
  async awardRedFlower(input: AwardRedFlowerInput): Promise<{ entry: CreditEntry }> {
    this.requireRole('SUPERVISOR', 'ADMIN');
    requireExistingShape('Merchant', input.merchantId, 'input.merchantId');
    requireUuid(input.caseId, 'input.caseId');
    if (!(await this.em.count(Merchant, { id: input.merchantId }))) {
      throw new NotFoundError('Merchant', input.merchantId, 'input.merchantId');
    }
    return this.em.transactional(async (tx) => {
      const entry = tx.create(CreditEntry, {
        merchantId: input.merchantId,
        mark: CreditMark.RED_FLOWER,
        points: CREDIT_RULES.redFlowerPoints.commendation,
        reason: input.reason,
        caseId: input.caseId ?? null,
        recordedBy: this.actor.subject!,
      });
      await publishCreditSnapshots(tx, [input.merchantId]);
      return { entry };
    });
  }
}
