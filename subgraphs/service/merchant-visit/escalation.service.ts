import { ConflictError, NotFoundError } from '../../../kernel/errors/domain-error';
import { publish } from '../../../kernel/outbox/publish';
import { BaseService } from '../../../kernel/services/base.service';
import { requireSquadStaff } from '../unit/squad-staff';
import { escalationCheck, VISIT_CONCERN_ESCALATED } from './escalation-rules';
import type { EscalateVisitConcernInput } from './escalation.inputs';
import { MerchantVisit } from './merchant-visit.entity';
import { VisitConcern } from './visit-concern.entity';

/**
 * 转立案: the concern is marked and the message to enforcement written in one transaction (outbox), so the case
 * is asked for if and only if the concern is marked; a conditional update makes a second attempt a CONFLICT.
 */
export class VisitEscalationService extends BaseService {
  async escalate(input: EscalateVisitConcernInput): Promise<{ concern: VisitConcern }> {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    return this.em.transactional(async (tx) => {
      const concern = await tx.findOne(VisitConcern, { id: input.concernId });
      if (!concern) {
        throw new NotFoundError('VisitConcern', input.concernId, 'input.concernId');
      }
      const visit = await tx.findOneOrFail(MerchantVisit, { id: concern.visitId });
      if (visit.officerId !== this.actor.subject) {
        requireSquadStaff(this.actor, visit.unitId);
      }
      const verdict = escalationCheck(concern);
      if (!verdict.ok) {
        throw new ConflictError(verdict.reason, { field: 'input.concernId' });
      }
      const now = new Date();
      const claimed = await tx.nativeUpdate(
        VisitConcern,
        { id: concern.id, escalatedAt: null },
        { escalatedAt: now, violationTypeCode: input.violationTypeCode },
      );
      if (claimed !== 1) {
        throw new ConflictError('this concern has already been handed to enforcement as a case', { field: 'input.concernId' });
      }
      await publish(tx, {
        to: 'enforcement',
        topic: VISIT_CONCERN_ESCALATED,
        payload: {
          concernId: concern.id,
          visitId: visit.id,
          merchantId: visit.merchantId,
          gridCode: visit.gridCode,
          occurredAt: visit.visitedAt.toISOString(),
          description: concern.description,
          violationTypeCode: input.violationTypeCode,
          escalatedBy: this.actor.subject!,
        },
      });
      Object.assign(concern, { escalatedAt: now, violationTypeCode: input.violationTypeCode });
      return { concern };
    });
  }
}
