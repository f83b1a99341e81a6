import type { EntityManager } from '@mikro-orm/postgresql';

import type { Actor } from '../../../kernel/auth/actor';
import { publishLive } from '../../../kernel/live/publish-live';
import type { ReportStatus } from '../report/report-enums';
import type { Report } from '../report/report.entity';
import { REPORT_PROGRESS } from '../report/report-progress';
import { ReportActorRole, actorRoleOf } from './report-event-enums';
import { ReportEvent } from './report-event.entity';

/**
 * Adds one step to a report's timeline (persisted with the caller's flush / transaction) and announces it to the
 * live followers of the report (`reportProgress`) when that transaction commits. Call it inside the transaction.
 */
export async function recordEvent(
  em: EntityManager,
  report: Report,
  step: {
    from: ReportStatus | null;
    to: ReportStatus;
    note: string;
    actor: Actor | 'SYSTEM';
    at?: Date;
  },
): Promise<ReportEvent> {
  const system = step.actor === 'SYSTEM';
  await publishLive(em, { topic: REPORT_PROGRESS, key: report.id, data: { status: step.to } });
  return em.create(ReportEvent, {
    reportId: report.id,
    fromStatus: step.from,
    toStatus: step.to,
    note: step.note,
    actorRole: system ? ReportActorRole.SYSTEM : actorRoleOf(step.actor as Actor),
    actorSubject: system ? null : (step.actor as Actor).subject,
    occurredAt: step.at ?? new Date(),
  });
}
