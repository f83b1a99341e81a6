import type { EntityManager } from '@mikro-orm/postgresql';

import { ConflictError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import type { Case } from '../case/case.entity';
import type { PenaltyDiscretionInput } from '../discretion/discretion.inputs';
import { DiscretionService } from '../discretion/discretion.service';
import { DispositionKind } from '../disposition/disposition-enums';
import type { Disposition } from '../disposition/disposition.entity';
import { PartyKind } from '../party/party-enums';
import type { Thresholds } from '../thresholds/thresholds-rules';
import { thresholdsAt } from '../thresholds/thresholds.service';
import { LegalReview } from './legal-review.entity';
import { LegalReviewStatus } from './legal-review-enums';
import { majorDecisionGrounds, sameMeasures } from './major-decision';

/**
 * The gate every disposition passes before it is written (called once from DispositionService.record, inside its
 * transaction): a penalty applies the discretion benchmark in force (裁量基准), and a major decision — under the
 * thresholds in force now (enforcementThresholds) — needs an approved legal review of exactly this proposal
 * (法制审核: kind, fine, grade, measures and confiscated value), used once. A refusal throws, so nothing is written.
 * Returns the thresholds it judged by.
 */
export class DecisionGateService extends BaseService {
  async pass(tx: EntityManager, c: Case, d: Disposition, discretion: PenaltyDiscretionInput | null | undefined): Promise<Thresholds> {
    const thresholds = await thresholdsAt(tx, d.decidedAt);
    const withinGrade =
      d.kind === DispositionKind.PENALTY ? (await this.scope.services.get(DiscretionService).applyToPenalty(tx, c, d, discretion)).withinGrade : true;
    const party = c.partyKind === PartyKind.PERSON ? 'person' : 'organisation';
    const grounds = majorDecisionGrounds(
      { party, kind: d.kind, fineYuan: d.fineYuan ?? null, withinGrade, measures: d.measures, confiscatedValueYuan: d.confiscatedValueYuan },
      thresholds,
    );
    if (grounds.length === 0) {
      return thresholds;
    }
    const candidates = await tx.find(
      LegalReview,
      {
        case: c.id,
        status: LegalReviewStatus.APPROVED,
        dispositionId: null,
        kind: d.kind,
        fineYuan: d.fineYuan!,
        grade: d.kind === DispositionKind.PENALTY ? discretion!.grade : null,
        confiscatedValueYuan: d.confiscatedValueYuan ?? null,
      },
      { orderBy: { reviewedAt: 'desc' } },
    );
    const approval = candidates.find((r) => sameMeasures(r.measures, d.measures));
    if (!approval) {
      throw new ConflictError(
        `a major decision (${grounds.join(', ')}) is recorded only after the 法制科 approved this proposal (法制审核, 《行政处罚法》第五十八条)`,
        {
          field: 'input.kind',
          grounds,
        },
      );
    }
    approval.dispositionId = d.id;
    return thresholds;
  }
}
