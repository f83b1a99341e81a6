import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { DomainError, ForbiddenError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { withEntityManager } from '../../../kernel/services/create-request-scope';
import { addWorkingDays } from '../calendar/working-calendar';
import { CaseAction as A, CaseStatus as S } from '../case/case-enums';
import { caseSnapshot } from '../case/case-snapshot';
import { Case } from '../case/case.entity';
import { CaseService } from '../case/case.service';
import { requireUuid } from '../case/ids';
import { Disposition } from '../disposition/disposition.entity';
import { DispositionService } from '../disposition/disposition.service';
import { EvidenceService } from '../evidence/evidence.service';
import { OfficerStatus } from '../officer/officer-enums';
import { Officer } from '../officer/officer.entity';
import { appendEvent } from '../timeline/append-event';
import { ViolationType } from '../violation-type/violation-type.entity';
import { checkOnTheSpot } from './on-the-spot-rules';
import type { RecordOnTheSpotInput } from './on-the-spot.inputs';

const REASON = '当场处置（简易程序）';

/** Runs `work`; a typed error about `input.<x>` is reported as `<prefix>.<x>` (the nested input the caller sent). */
async function under<T>(prefix: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    const ext = e instanceof DomainError ? (e.extensions as { field?: unknown }) : null;
    if (ext && typeof ext.field === 'string' && ext.field.startsWith('input.')) {
      ext.field = `${prefix}.${ext.field.slice('input.'.length)}`;
    }
    throw e;
  }
}

/**
 * 当场处置 (简易程序, 行政处罚法第五十一、五十二条): one transaction opens the case, files it, assigns it to the
 * deciding officer, stores the evidence, records the decision through the ordinary disposition rules and reports
 * it handled (RESOLVED). Verification and closure stay with someone else (closure rules). Nothing is written
 * when any step fails.
 */
export class OnTheSpotService extends BaseService {
  async record(input: RecordOnTheSpotInput): Promise<{ case: Case; disposition: Disposition }> {
    this.requireRole('OFFICER', 'SUPERVISOR');
    checkOnTheSpot({ ...input, evidenceCount: input.evidence.length }, input.case.partyKind, this.actor.subject!);
    requireUuid(input.secondOfficerId, 'input.secondOfficerId');
    return this.em.transactional(async (tx) => {
      const me = await this.presentOfficers(tx, input.secondOfficerId);
      const inner = withEntityManager(this.scope, tx);
      const opened = (await under('input.case', () => inner.services.get(CaseService).create(input.case))).case;
      if (opened.status !== S.REPORTED) {
        // a retry with the same idempotency key: the case was decided by the first call
        const earlier = await tx.findOneOrFail(Disposition, { case: opened.id, supersededAt: null }, { orderBy: { decidedAt: 'desc' } });
        return { case: opened, disposition: earlier };
      }
      const c = await tx.findOneOrFail(Case, opened.id);
      await this.takeOn(tx, c, me);
      for (const [i, item] of input.evidence.entries()) {
        await under(`input.evidence.${i}`, () => inner.services.get(EvidenceService).add({ ...item, caseId: c.id }));
      }
      const { disposition } = await inner.services.get(DispositionService).record({
        caseId: c.id,
        kind: input.kind,
        fineYuan: input.fineYuan ?? null,
        deviationReason: input.deviationReason ?? null,
        partyAgreesToLabor: false,
        discretion: input.discretion ?? null,
      });
      await this.step(tx, c, 'ON_THE_SPOT', S.IN_PROGRESS, { secondOfficerId: input.secondOfficerId, dispositionId: disposition.id });
      await this.step(tx, c, A.RESOLVE, S.RESOLVED);
      return { case: c, disposition };
    });
  }

  /** The deciding officer (the caller) and the second officer: both active officers of the caller's unit. */
  private async presentOfficers(tx: EntityManager, secondId: string): Promise<Officer> {
    const me = await tx.findOne(Officer, { id: this.actor.subject! });
    const second = await tx.findOne(Officer, { id: secondId });
    if (!me || me.status !== OfficerStatus.ACTIVE || me.unit.id !== this.actor.unitId) {
      throw new ForbiddenError('Only an active officer of the unit decides on the spot');
    }
    if (!second || second.status !== OfficerStatus.ACTIVE || second.unit.id !== me.unit.id) {
      throw new ValidationError('input.secondOfficerId', 'the second officer present must be an active officer of your unit');
    }
    return me;
  }

  /** 立案 → 派遣 (to the deciding officer) → 开始处置, each step in the timeline. */
  private async takeOn(tx: EntityManager, c: Case, me: Officer): Promise<void> {
    const type = await tx.findOneOrFail(ViolationType, { code: c.violationType.code });
    const now = new Date();
    c.filedAt = now;
    c.dueAt = addWorkingDays(now, type.handlingWorkingDays);
    await this.step(tx, c, A.FILE, S.FILED);
    c.assignee = ref(me);
    await this.step(tx, c, A.ASSIGN, S.ASSIGNED);
    await this.step(tx, c, A.START, S.IN_PROGRESS);
  }

  private async step(tx: EntityManager, c: Case, action: string, to: S, extra: Record<string, unknown> = {}): Promise<void> {
    const before = caseSnapshot(c);
    c.status = to;
    await appendEvent(tx, c.id, { action, actorSubject: this.actor.subject, reason: REASON, before, after: { ...caseSnapshot(c), ...extra } });
    await tx.flush();
  }
}
