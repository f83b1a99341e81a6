import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import type { MessageHandler } from '../../../kernel/outbox/consume';
import { publish } from '../../../kernel/outbox/publish';
import type { JobDefinition } from '../../../kernel/server/jobs';
import { Case } from '../case/case.entity';
import { Disposition } from '../disposition/disposition.entity';
import { appendEvent } from '../timeline/append-event';
import { afterVerifiedHours, hasLapsed, LABOR_IN_LIEU, LaborStatus } from './labor-rules';

/** Topic participation sends when hours of a labor-in-lieu session are approved. */
export const LABOR_HOURS_VERIFIED = 'labor.hours-verified';

/** Topic enforcement sends to participation when a labor-in-lieu disposition names its session and who serves. */
export const LABOR_ASSIGNED = 'labor.assigned';

/** The labor columns of a new LABOR_IN_LIEU disposition. */
export function laborAssignment(activityId: string, servedBy: string, now: Date) {
  return {
    activityId,
    laborServedBy: servedBy.trim(),
    laborStatus: LaborStatus.ASSIGNED,
    laborHoursVerified: 0,
    laborDueAt: new Date(now.getTime() + LABOR_IN_LIEU.deadlineDays * 86_400_000),
  };
}

/**
 * Tells participation, in the deciding transaction, which session and which account may serve the disposition:
 * its copy is what binds sign-ups to the party (participation never reads enforcement's tables).
 */
export async function publishLaborAssigned(em: EntityManager, d: Disposition, unitId: string): Promise<void> {
  await publish(em, { to: 'participation', topic: LABOR_ASSIGNED, payload: { ...laborCopy(d, unitId), laborHours: d.laborHours } });
}

/** Topic enforcement sends to participation when a labor-in-lieu disposition stops standing. */
export const LABOR_WITHDRAWN = 'labor.withdrawn';

/**
 * Withdraws participation's copy (in the transaction that supersedes or lapses the disposition): new sign-ups with
 * it are refused there and existing ones show why. A disposition without labor columns sends nothing.
 */
export async function publishLaborWithdrawn(
  em: EntityManager,
  d: Disposition,
  unitId: string,
  cause: 'SUPERSEDED' | 'LAPSED',
  reason: string,
  at: Date,
): Promise<void> {
  if (!d.laborStatus || !d.activityId || !d.laborServedBy) {
    return;
  }
  await publish(em, { to: 'participation', topic: LABOR_WITHDRAWN, payload: { ...laborCopy(d, unitId), cause, reason, at: at.toISOString() } });
}

function laborCopy(d: Disposition, unitId: string) {
  return { dispositionId: d.id, activityId: d.activityId, servedBy: d.laborServedBy, dueAt: d.laborDueAt!.toISOString(), unitId };
}

async function applyHours(em: EntityManager, dispositionId: string, hours: number, signUpId: string, servedBy: string | undefined): Promise<boolean> {
  const d = await em.findOne(Disposition, { id: dispositionId, laborStatus: { $ne: null }, supersededAt: null });
  if (!d || !d.laborServedBy || servedBy !== d.laborServedBy) {
    // 以劳代罚 binds the party: hours someone else served never fulfil it (nor hours served after a supervisor superseded it)
    return false;
  }
  const now = new Date();
  const next = afterVerifiedHours(
    { laborHours: d.laborHours ?? 0, laborHoursVerified: d.laborHoursVerified ?? 0, laborStatus: d.laborStatus!, laborDueAt: d.laborDueAt! },
    hours,
    now,
  );
  if (next.laborHoursVerified === d.laborHoursVerified && next.laborStatus === d.laborStatus) {
    return true;
  }
  const before = { laborHoursVerified: d.laborHoursVerified, laborStatus: d.laborStatus };
  d.laborHoursVerified = next.laborHoursVerified;
  d.laborStatus = next.laborStatus;
  await appendEvent(em, d.case.id, {
    action: next.laborStatus === LaborStatus.FULFILLED ? 'LABOR_FULFILLED' : 'LABOR_HOURS',
    actorSubject: 'subgraph:participation',
    reason: `以劳代罚认定 ${hours} 小时（报名 ${signUpId}）`,
    before,
    after: { laborHoursVerified: next.laborHoursVerified, laborStatus: next.laborStatus },
    at: now,
  });
  await em.flush();
  return true;
}

/** Consumer: verified hours count toward the disposition that sent the party (applied once via the inbox). */
export const onLaborHoursVerified: MessageHandler = async (scope, payload) => {
  const { dispositionId, hours, signUpId, servedBy } = payload as { dispositionId: string; hours: number; signUpId: string; servedBy?: string };
  if (!(await applyHours(scope.em, dispositionId, Number(hours), signUpId, servedBy))) {
    scope.log.warn({ dispositionId, signUpId }, 'labor hours ignored: unknown disposition, not assigned, or served by someone other than the named person');
  }
};

/** Every minute: assigned labor past its deadline lapses back to the fine it replaced (recorded on the timeline). */
export const laborLapseJob: JobDefinition = {
  name: 'labor-lapse',
  everyMs: 60_000,
  async run({ scope }) {
    const now = new Date();
    return scope.em.transactional(async (em) => {
      // SKIP LOCKED twice: with several instances each disposition lapses once, and a case someone is changing
      // right now (its row locked for the timeline) lapses on the next run instead of waiting or deadlocking
      const due = (
        await em.find(
          Disposition,
          { laborStatus: LaborStatus.ASSIGNED, laborDueAt: { $lt: now } },
          { orderBy: { laborDueAt: 'asc', id: 'asc' }, limit: 100, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
        )
      ).filter((x) => hasLapsed({ laborStatus: x.laborStatus!, laborDueAt: x.laborDueAt! }, now));
      const caseIds = [...new Set(due.map((d) => d.case.id))];
      const held = caseIds.length === 0 ? [] : await em.find(Case, { id: { $in: caseIds } }, { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE });
      const ours = new Set(held.map((c) => c.id));
      const lapsing = due.filter((d) => ours.has(d.case.id));
      const unitOf = new Map(held.map((c) => [c.id, c.unit.id]));
      for (const d of lapsing) {
        d.laborStatus = LaborStatus.LAPSED;
        await publishLaborWithdrawn(em, d, unitOf.get(d.case.id)!, 'LAPSED', `以劳代罚逾期未履行，恢复罚款 ¥${d.fineYuan ?? '—'}`, now);
        await appendEvent(em, d.case.id, {
          action: 'LABOR_LAPSED',
          actorSubject: 'subgraph:enforcement',
          reason: `以劳代罚逾期未履行，恢复罚款 ¥${d.fineYuan ?? '—'}`,
          before: { laborStatus: LaborStatus.ASSIGNED },
          after: { laborStatus: LaborStatus.LAPSED, fineYuan: d.fineYuan ?? null },
          at: now,
        });
      }
      return lapsing.length;
    });
  },
};
