import type { EntityManager } from '@mikro-orm/postgresql';

import type { Disposition } from '../disposition/disposition.entity';
import { thresholdsAt } from '../thresholds/thresholds.service';
import { appendEvent } from '../timeline/append-event';
import { DisclosureStatus, WithdrawalReason } from './disclosure-enums';
import { withdrawalDueBy } from './disclosure-rules';
import { PenaltyDisclosure } from './penalty-disclosure.entity';

/**
 * 《行政处罚法》第四十八条: a published decision that is changed is taken down (within 3 working days or the shorter
 * withdrawal deadline in force; here at once,
 * in the transaction that supersedes it), the reason shown. Called when a supervisor supersedes a decision
 * (一案一决定); the superseded decision is then never published (the publication job skips superseded ones).
 */
/** Withdraws a published disclosure: the party's name and code are removed, the step joins the case's timeline. */
export async function takeDown(
  tx: EntityManager,
  d: PenaltyDisclosure,
  w: { reason: WithdrawalReason; note: string; at: Date; changedAt: Date; actorSubject: string | null },
): Promise<void> {
  Object.assign(d, {
    status: DisclosureStatus.WITHDRAWN,
    withdrawalReason: w.reason,
    withdrawalNote: w.note,
    withdrawnAt: w.at,
    withdrawalDueBy: withdrawalDueBy(w.changedAt, (await thresholdsAt(tx, w.changedAt)).withdrawalWorkingDays),
    partyName: null,
    partyCreditCode: null,
  });
  await appendEvent(tx, d.caseId, {
    action: 'DISCLOSURE_WITHDRAWN',
    actorSubject: w.actorSubject,
    reason: w.note,
    at: w.at,
    before: { disclosureId: d.id, status: DisclosureStatus.PUBLISHED },
    after: { disclosureId: d.id, status: d.status, withdrawalReason: w.reason, withdrawalDueBy: d.withdrawalDueBy },
  });
}

export async function withdrawSupersededDisclosure(
  tx: EntityManager,
  superseded: Disposition,
  actorSubject: string | null,
  reason: string,
  at: Date,
): Promise<void> {
  const d = await tx.findOne(PenaltyDisclosure, { dispositionId: superseded.id, status: DisclosureStatus.PUBLISHED });
  if (!d) {
    return;
  }
  await takeDown(tx, d, { reason: WithdrawalReason.DECISION_CHANGED, note: reason, at, changedAt: at, actorSubject });
}
