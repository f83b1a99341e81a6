import { ConflictError, NotFoundError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { CaseStatus } from '../case/case-enums';
import { isFinal } from '../case/case-transitions';
import { CaseService } from '../case/case.service';
import { Evidence } from '../evidence/evidence.entity';
import { appendEvent } from '../timeline/append-event';
import { CustodyAction, EvidenceCustodyEvent } from './custody-event.entity';
import type { HandOverEvidenceInput } from './custody.inputs';

export class CustodyService extends BaseService {
  /** Reading the storage address is an access: recorded (with who and when) when the response is sent. */
  uriFor(evidence: Evidence): string {
    this.scope.audit.record({ entity: 'Evidence', entityId: evidence.id, field: 'uri' });
    return evidence.uri;
  }

  async handOver(input: HandOverEvidenceInput): Promise<{ event: EvidenceCustodyEvent }> {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    return this.em.transactional(async (tx) => {
      const evidence = await tx.findOne(Evidence, { id: input.evidenceId });
      if (!evidence) {
        throw new NotFoundError('Evidence', input.evidenceId, 'input.evidenceId');
      }
      const c = await this.scope.services.get(CaseService).lockForAction(tx, evidence.case.id, 'WORK');
      if (isFinal(c.status) && c.status !== CaseStatus.CLOSED) {
        throw new ConflictError(`evidence of a ${c.status} case is not handed over`, { status: c.status });
      }
      const event = tx.create(EvidenceCustodyEvent, {
        evidenceId: evidence.id,
        action: CustodyAction.HANDED_OVER,
        actorSubject: this.actor.subject,
        toHolder: input.toHolder.trim(),
        reason: input.reason.trim(),
        at: new Date(),
      });
      await appendEvent(tx, c.id, {
        action: 'EVIDENCE_HANDOVER',
        actorSubject: this.actor.subject,
        reason: input.reason,
        after: { evidenceId: evidence.id, toHolder: event.toHolder },
      });
      return { event };
    });
  }
}
