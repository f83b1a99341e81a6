import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { hasRole } from '../../../kernel/auth/actor';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { Case } from '../case/case.entity';
import { requireExistingShape } from '../case/ids';
import { DispositionKind } from '../disposition/disposition-enums';
import { Disposition } from '../disposition/disposition.entity';
import { appendEvent } from '../timeline/append-event';
import { DisclosureStatus } from './disclosure-enums';
import { disclosuresFor } from './disclosure-publication';
import type { WithdrawPenaltyDisclosureInput, WithholdPenaltyDisclosureInput } from './disclosure.inputs';
import { PenaltyDisclosure } from './penalty-disclosure.entity';
import { takeDown } from './withdraw-superseded';

/** Withdrawal (撤回公示) and holding back (不予公开), each written to the case's hash-chained timeline. */
export class DisclosureActionsService extends BaseService {
  /** The unit's supervisors, the 法制科 and ADMIN act on a decision's disclosure. */
  private requireDisclosureStaff(unitId: string): void {
    this.requireRole('SUPERVISOR', 'LEGAL_REVIEWER', 'ADMIN');
    if (!hasRole(this.actor, 'ADMIN', 'LEGAL_REVIEWER') && this.actor.unitId !== unitId) {
      throw new ForbiddenError('This decision belongs to another unit');
    }
  }

  private async lockCase(tx: EntityManager, caseId: string): Promise<void> {
    await tx.findOneOrFail(Case, caseId, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  /** 《行政处罚法》第四十八条: a changed, revoked or unlawful decision is taken down within 3 working days, the reason shown. */
  async withdraw(input: WithdrawPenaltyDisclosureInput): Promise<{ disclosure: PenaltyDisclosure }> {
    this.requireRole('SUPERVISOR', 'LEGAL_REVIEWER', 'ADMIN');
    requireExistingShape('PenaltyDisclosure', input.disclosureId, 'input.disclosureId');
    const now = new Date();
    const changedAt = input.decisionChangedAt ?? now;
    if (changedAt.getTime() > now.getTime() + 60_000) {
      throw new ValidationError('input.decisionChangedAt', 'decisionChangedAt is in the future');
    }
    return this.em.transactional(async (tx) => {
      const found = await tx.findOne(PenaltyDisclosure, { id: input.disclosureId });
      if (!found) {
        throw new NotFoundError('PenaltyDisclosure', input.disclosureId, 'input.disclosureId');
      }
      this.requireDisclosureStaff(found.unitId);
      await this.lockCase(tx, found.caseId);
      const d = await tx.findOneOrFail(PenaltyDisclosure, { id: input.disclosureId }, { refresh: true });
      if (d.status !== DisclosureStatus.PUBLISHED) {
        throw new ConflictError(`only a published decision can be withdrawn; this one is ${d.status}`, { status: d.status });
      }
      await takeDown(tx, d, { reason: input.reason, note: input.note, at: now, changedAt, actorSubject: this.actor.subject });
      return { disclosure: d };
    });
  }

  /** 不予公开: a minor's decision, state secrets or personal privacy; before publication or taking a published one down. */
  async withhold(input: WithholdPenaltyDisclosureInput): Promise<{ disclosure: PenaltyDisclosure }> {
    this.requireRole('SUPERVISOR', 'LEGAL_REVIEWER', 'ADMIN');
    requireExistingShape('Disposition', input.dispositionId, 'input.dispositionId');
    return this.em.transactional(async (tx) => {
      const disposition = await tx.findOne(Disposition, { id: input.dispositionId });
      if (!disposition || disposition.kind !== DispositionKind.PENALTY || disposition.fineYuan == null) {
        throw new NotFoundError('Penalty decision', input.dispositionId, 'input.dispositionId');
      }
      const c = await tx.findOneOrFail(Case, disposition.case.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      this.requireDisclosureStaff(c.unit.id);
      let d = await tx.findOne(PenaltyDisclosure, { dispositionId: disposition.id });
      const before = d?.status ?? null;
      if (d && d.status !== DisclosureStatus.PUBLISHED) {
        throw new ConflictError(`this decision is already ${d.status}`, { status: d.status });
      }
      d ??= tx.create(PenaltyDisclosure, (await disclosuresFor(tx, [disposition], [c]))[0]);
      Object.assign(d, { status: DisclosureStatus.WITHHELD, withholdGround: input.ground, withholdReason: input.reason });
      disposition.disclosurePending = false;
      await appendEvent(tx, c.id, {
        action: 'DISCLOSURE_WITHHELD',
        actorSubject: this.actor.subject,
        reason: input.reason,
        before: { disclosureId: d.id, status: before },
        after: { disclosureId: d.id, status: d.status, ground: input.ground },
      });
      return { disclosure: d };
    });
  }
}
