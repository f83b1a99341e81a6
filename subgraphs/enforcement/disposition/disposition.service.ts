import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { ConflictError, ForbiddenError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { isSupervisorOrAdmin } from '../case/case-access';
import { CaseStatus } from '../case/case-enums';
import { loadPartyHistory, partyHistoryByCase } from '../case/case-history';
import { caseSnapshot } from '../case/case-snapshot';
import type { Case } from '../case/case.entity';
import { CaseService } from '../case/case.service';
import { isUuid } from '../case/ids';
import { recordBlackDot } from '../credit/credit.service';
import { EvidenceKind } from '../evidence/evidence-kind.enum';
import { Evidence } from '../evidence/evidence.entity';
import { PartyKind } from '../party/party-enums';
import { appendEvent } from '../timeline/append-event';
import { ViolationType } from '../violation-type/violation-type.entity';
import { violationTypeByCode } from '../violation-type/violation-type.loaders';
import { DispositionKind as K, PenaltyProcedure } from './disposition-enums';
import { colourOf, decisionDueAt, procedureFor, recommendDisposition, SEVERITY, trackOf } from './disposition-ladder';
import type { Recommendation } from './disposition-ladder';
import { Disposition } from './disposition.entity';
import type { RecordDispositionInput } from './disposition.inputs';
import { checkDispositionInput } from './disposition-checks';
import { hearingNoticeFor } from './hearing-notice';
import { laborAssignment, publishLaborAssigned } from '../labor/labor.service';
import { checkDutyEligible } from '../duty-eligibility/duty-eligibility-rule';
import { OfficerDutyEligibility } from '../duty-eligibility/officer-duty-eligibility.entity';
import { DecisionGateService } from '../legal-review/decision-gate.service';
import { supersedeEffectiveDecision } from './supersession';

export class DispositionService extends BaseService {
  /** The ladder's recommendation for a case (batched: one history statement per page of cases). */
  async recommendationFor(c: Case, partyAgreesToLabor = false): Promise<Recommendation> {
    const [history, type] = await Promise.all([
      this.scope.loaders.get(partyHistoryByCase).load(c.id),
      this.scope.loaders.get(violationTypeByCode).load(c.violationType.code),
    ]);
    return recommendDisposition({ ...history, minorHarm: c.minorHarm, correctedOnSpot: c.correctedOnSpot, partyAgreesToLabor, type: type! });
  }

  private async recommendIn(tx: EntityManager, c: Case, type: ViolationType, agrees: boolean) {
    const [history] = await loadPartyHistory(tx, [c.id]);
    return recommendDisposition({ ...history, minorHarm: c.minorHarm, correctedOnSpot: c.correctedOnSpot, partyAgreesToLabor: agrees, type });
  }

  /** Records a disposition; every rule is checked before anything is written. */
  async record(input: RecordDispositionInput): Promise<{ disposition: Disposition; case: Case }> {
    return this.em.transactional(async (tx) => {
      const c = await this.scope.services.get(CaseService).lockForAction(tx, input.caseId, 'WORK');
      if (c.status !== CaseStatus.IN_PROGRESS) {
        throw new ConflictError(`a disposition is recorded while the case is IN_PROGRESS, not ${c.status}`, { status: c.status });
      }
      const type = await tx.findOneOrFail(ViolationType, { code: c.violationType.code });
      const rec = await this.recommendIn(tx, c, type, input.partyAgreesToLabor);
      const recordings = await tx.count(Evidence, { case: c.id, kind: EvidenceKind.RECORDING });
      checkDispositionInput(input, rec, type, recordings);
      checkDutyEligible(
        input.kind,
        this.actor.subject && isUuid(this.actor.subject) ? await tx.findOne(OfficerDutyEligibility, { officerId: this.actor.subject }) : null,
      );
      if (rec.kind === K.WARNING && SEVERITY[input.kind] > SEVERITY[K.WARNING] && !isSupervisorOrAdmin(this.actor)) {
        throw new ForbiddenError('Treating a first minor violation more harshly than recommended needs a supervisor');
      }
      const now = new Date();
      await supersedeEffectiveDecision(tx, c, this.actor, input.supersedeReason, now);
      const before = caseSnapshot(c);
      const d = tx.create(Disposition, {
        case: ref(c),
        kind: input.kind,
        colour: colourOf(input.kind),
        recommendedKind: rec.kind,
        deviationReason: input.deviationReason ?? null,
        fineYuan: input.kind === K.PENALTY || input.kind === K.LABOR_IN_LIEU ? (input.fineYuan ?? null) : null,
        laborHours: input.kind === K.LABOR_IN_LIEU ? input.laborHours : null,
        ...(input.kind === K.LABOR_IN_LIEU ? laborAssignment(input.activityId!, input.laborServedBy!, now) : {}),
        rectifyBy: input.kind === K.RECTIFICATION_NOTICE ? new Date(now.getTime() + type.rectificationDays * 86_400_000) : null,
        measures: input.measures ?? [],
        confiscatedValueYuan: input.confiscatedValueYuan ?? null,
        decidedBy: this.actor.subject!,
        decidedAt: now,
      });
      const thresholds = await this.scope.services.get(DecisionGateService).pass(tx, c, d, input.discretion);
      if (input.kind === K.PENALTY) {
        const party = c.partyKind === PartyKind.PERSON ? 'person' : 'organisation';
        // 简易程序 is for a warning or a small fine only (《行政处罚法》第五十一条): any added measure takes the general one
        d.procedure = d.measures.length > 0 ? PenaltyProcedure.GENERAL : procedureFor(party, input.fineYuan!);
        d.decisionDueAt = decisionDueAt(d.procedure, c.filedAt ?? now);
        const hearing = hearingNoticeFor(
          { party, fineYuan: input.fineYuan!, measures: d.measures, confiscatedValueYuan: d.confiscatedValueYuan },
          now,
          thresholds.largeFineYuan,
        );
        d.hearingNoticeAt = hearing?.noticeAt ?? null;
        d.hearingRequestBy = hearing?.requestBy ?? null;
        c.procedure = d.procedure;
      }
      if (input.kind === K.LABOR_IN_LIEU) {
        await publishLaborAssigned(tx, d, c.unit.id);
      }
      c.track ??= trackOf(input.kind); // fixed by the first effective decision (see supersession.ts)
      if (c.partyKind === PartyKind.MERCHANT) {
        await recordBlackDot(tx, c.partyId, input.kind, c.id, this.actor.subject!, now);
      }
      await appendEvent(tx, c.id, {
        action: 'DISPOSITION',
        actorSubject: this.actor.subject,
        reason: input.deviationReason ?? null,
        before,
        after: {
          ...caseSnapshot(c),
          disposition: {
            kind: d.kind,
            fineYuan: d.fineYuan ?? null,
            laborHours: d.laborHours ?? null,
            laborServedBy: d.laborServedBy ?? null,
            partyAgreesToLabor: input.partyAgreesToLabor,
            recommended: rec.kind,
            ...(d.measures.length ? { measures: d.measures, confiscatedValueYuan: d.confiscatedValueYuan ?? null } : {}),
          },
        },
        at: now,
      });
      return { disposition: d, case: c };
    });
  }
}
