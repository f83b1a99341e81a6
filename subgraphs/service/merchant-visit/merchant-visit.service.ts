import { NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { requireSquadOfficer, requireSquadStaff } from '../unit/squad-staff';
import { ConcernResolution } from './merchant-visit-enums';
import { MerchantVisit } from './merchant-visit.entity';
import type { RecordMerchantVisitInput } from './merchant-visit.inputs';
import { merchantVisitById } from './merchant-visit.loaders';
import { VisitConcern } from './visit-concern.entity';

const MAX_BACKDATE_DAYS = 30;

/** 走访: the visiting officer records a visit and the concerns raised, each solved on the spot or handed on. */
export class MerchantVisitService extends BaseService {
  async record(input: RecordMerchantVisitInput): Promise<{ visit: MerchantVisit }> {
    this.requireRole('OFFICER');
    const { officerId, unitId } = requireSquadOfficer(this.actor, 'Only an officer of a squad records visits');
    const now = Date.now();
    if (input.visitedAt.getTime() > now + 60_000 || input.visitedAt.getTime() < now - MAX_BACKDATE_DAYS * 86_400_000) {
      throw new ValidationError('input.visitedAt', `visitedAt must be in the past ${MAX_BACKDATE_DAYS} days`);
    }
    return this.em.transactional(async (tx) => {
      const visit = tx.create(MerchantVisit, {
        officerId,
        unitId,
        merchantId: input.merchantId,
        gridCode: input.gridCode,
        visitedAt: input.visitedAt,
        note: input.note.trim(),
        concernCount: input.concerns.length,
        solvedOnTheSpotCount: input.concerns.filter((c) => c.resolution === ConcernResolution.SOLVED_ON_THE_SPOT).length,
      });
      for (const c of input.concerns) {
        tx.create(VisitConcern, {
          visitId: visit.id,
          topic: c.topic,
          description: c.description.trim(),
          resolution: c.resolution,
          resolutionNote: c.resolutionNote.trim(),
        });
      }
      return { visit };
    });
  }

  /** One visit: the visiting officer, staff of the squad, ADMIN. */
  async get(id: string): Promise<MerchantVisit> {
    this.requireSignedIn();
    const visit = await this.scope.loaders.get(merchantVisitById).load(id);
    if (!visit) {
      throw new NotFoundError('MerchantVisit', id, 'id');
    }
    if (visit.officerId !== this.actor.subject) {
      requireSquadStaff(this.actor, visit.unitId);
    }
    return visit;
  }
}
