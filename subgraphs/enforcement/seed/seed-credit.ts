import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { CreditEntry } from '../credit/credit-entry.entity';
import { blackDotFor, CREDIT_RULES, CreditMark } from '../credit/credit-rules';
import type { DispositionKind } from '../disposition/disposition-enums';
import { PartyKind } from '../party/party-enums';
import type { SeedOutput, SeedParty } from './cases.builder';

const COMMENDATIONS = ['门前三包落实到位', '主动清理店外杂物', '获评“最美商户”', '配合夜市疏导点规范经营'];

/** Merchants' credit files from the seeded case outcomes, plus commendations for the merchants with a clean record. */
export function seedCredit(tx: EntityManager, built: SeedOutput, parties: SeedParty[]): void {
  const merchantOf = new Map(built.cases.filter((c) => c.partyKind === PartyKind.MERCHANT).map((c) => [c.id as string, c.partyId as string]));
  for (const d of built.dispositions) {
    const merchantId = merchantOf.get(d.case as string);
    const kind = d.kind as DispositionKind;
    const points = blackDotFor(kind);
    if (merchantId && points !== null) {
      const base = { merchantId, caseId: d.case as string, recordedBy: d.decidedBy as string };
      tx.create(CreditEntry, {
        ...base,
        id: seedId('credit', `${d.id as string}-dot`),
        mark: CreditMark.BLACK_DOT,
        points,
        reason: `案件处置：${kind}`,
        dispositionKind: kind,
        at: d.decidedAt as Date,
      });
      if (d.rectifiedAt) {
        tx.create(CreditEntry, {
          ...base,
          id: seedId('credit', `${d.id as string}-flower`),
          mark: CreditMark.RED_FLOWER,
          points: CREDIT_RULES.redFlowerPoints.rectifiedOnTime,
          reason: '按期整改到位',
          at: d.rectifiedAt as Date,
        });
      }
    }
  }
  parties
    .filter((p) => p.kind === PartyKind.MERCHANT)
    .forEach((p, i) => {
      if (i % 3 === 0) {
        const at = new Date(Date.UTC(2026, 4 + (i % 5), 10, 2));
        tx.create(CreditEntry, {
          id: seedId('credit', `${p.id}-commendation`),
          merchantId: p.id,
          mark: CreditMark.RED_FLOWER,
          points: CREDIT_RULES.redFlowerPoints.commendation,
          reason: COMMENDATIONS[i % COMMENDATIONS.length],
          at,
          recordedBy: demoOfficerId(0),
        });
      }
    });
}
