import type { EntityManager } from '@mikro-orm/postgresql';

import type { Actor } from '../../../kernel/auth/actor';
import { ConflictError, ForbiddenError, ValidationError } from '../../../kernel/errors/domain-error';
import { isSupervisorOrAdmin } from '../case/case-access';
import type { Case } from '../case/case.entity';
import { CaseFinding } from '../closure/case-finding.entity';
import { withdrawSupersededDisclosure } from '../disclosure/withdraw-superseded';
import { appendEvent } from '../timeline/append-event';
import { publishLaborWithdrawn } from '../labor/labor.service';
import { Disposition } from './disposition.entity';

/**
 * 一案一决定: a case has one effective decision. A later disposition supersedes the effective one only with a
 * written reason and by a supervisor; both stay on the case and in the timeline (SUPERSEDE), and the case's 721
 * track stays the one of the first effective decision. A case ended by a finding takes no disposition.
 * Checks first, then marks the earlier decision; returns it (null for the first decision). A superseded labor in
 * lieu is withdrawn from participation in the same transaction (outbox `labor.withdrawn`).
 */
export async function supersedeEffectiveDecision(
  tx: EntityManager,
  c: Pick<Case, 'id' | 'unit'>,
  actor: Actor,
  reason: string | null | undefined,
  at: Date,
): Promise<Disposition | null> {
  const caseId = c.id;
  if ((await tx.count(CaseFinding, { case: caseId })) > 0) {
    throw new ConflictError('the case was ended by a finding; it takes no disposition');
  }
  const prior = await tx.findOne(Disposition, { case: caseId, supersededAt: null }, { orderBy: { decidedAt: 'desc' } });
  if (!prior) {
    return null;
  }
  if (!reason?.trim()) {
    throw new ValidationError(
      'input.supersedeReason',
      `the case already has an effective ${prior.kind}; a new decision supersedes it only with a written reason`,
    );
  }
  if (!isSupervisorOrAdmin(actor)) {
    throw new ForbiddenError('Only a supervisor may supersede the effective decision of a case');
  }
  prior.supersededAt = at;
  prior.supersedeReason = reason.trim();
  prior.supersededBy = actor.subject;
  prior.disclosurePending = false; // a superseded decision is never published
  await withdrawSupersededDisclosure(tx, prior, actor.subject, reason.trim(), at);
  await publishLaborWithdrawn(tx, prior, c.unit.id, 'SUPERSEDED', reason.trim(), at); // participation refuses new sign-ups with it
  await appendEvent(tx, caseId, {
    action: 'SUPERSEDE',
    actorSubject: actor.subject,
    reason: reason.trim(),
    before: { dispositionId: prior.id, kind: prior.kind, effective: true },
    after: { dispositionId: prior.id, effective: false },
    at,
  });
  return prior;
}
