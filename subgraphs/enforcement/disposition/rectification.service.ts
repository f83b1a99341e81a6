import { ConflictError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { CaseStatus } from '../case/case-enums';
import type { Case } from '../case/case.entity';
import { CaseService } from '../case/case.service';
import { requireExistingShape } from '../case/ids';
import { recordRectifiedOnTime } from '../credit/credit.service';
import { Evidence } from '../evidence/evidence.entity';
import { PartyKind } from '../party/party-enums';
import { appendEvent } from '../timeline/append-event';
import { DispositionKind } from './disposition-enums';
import { Disposition } from './disposition.entity';
import type { ConfirmRectificationInput } from './disposition.inputs';

/** 整改确认: the party rectified within (or after) the notice's deadline; a missed deadline escalates the ladder. */
export class RectificationService extends BaseService {
  async confirm(input: ConfirmRectificationInput): Promise<{ disposition: Disposition; case: Case }> {
    return this.em.transactional(async (tx) => {
      requireExistingShape('Disposition', input.dispositionId, 'input.dispositionId');
      const found = await tx.findOne(Disposition, { id: input.dispositionId });
      if (!found) {
        throw new NotFoundError('Disposition', input.dispositionId, 'input.dispositionId');
      }
      const c = await this.scope.services.get(CaseService).lockForAction(tx, found.case.id, 'WORK');
      const d = await tx.findOneOrFail(Disposition, { id: input.dispositionId });
      if (d.kind !== DispositionKind.RECTIFICATION_NOTICE || d.rectifiedAt || d.supersededAt) {
        throw new ConflictError('only an open, effective rectification notice can be confirmed', { kind: d.kind });
      }
      if (c.status !== CaseStatus.IN_PROGRESS && c.status !== CaseStatus.RESOLVED) {
        throw new ConflictError(`a rectification is confirmed while the case is being handled, not ${c.status}`, { status: c.status });
      }
      if ((await tx.count(Evidence, { case: c.id, createdAt: { $gte: d.decidedAt } })) === 0) {
        throw new ValidationError(
          'input.dispositionId',
          'confirming a rectification needs evidence of it: add an evidence item (e.g. a photo of the re-inspection) first',
        );
      }
      const now = new Date();
      d.rectifiedAt = now;
      const late = d.rectifyBy ? now > d.rectifyBy : false;
      if (!late && c.partyKind === PartyKind.MERCHANT) {
        await recordRectifiedOnTime(tx, c.partyId, c.id, this.actor.subject!, now);
      }
      await appendEvent(tx, c.id, {
        action: 'RECTIFIED',
        actorSubject: this.actor.subject,
        reason: input.note ?? null,
        before: { dispositionId: d.id, rectifiedAt: null },
        after: { dispositionId: d.id, rectifiedAt: now, late },
        at: now,
      });
      return { disposition: d, case: c };
    });
  }
}
