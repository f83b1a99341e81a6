import type { EntityManager } from '@mikro-orm/postgresql';

import type { Actor } from '../../../kernel/auth/actor';
import type { ReportStatus } from '../report/report-enums';
import type { Report } from '../report/report.entity';
import { ReportActorRole, actorRoleOf } from './report-event-enums';
import { ReportEvent } from './report-event.entity';

/** Adds one step to a report's timeline (persisted with the caller's flush / transaction). */
export function recordEvent(
  em: EntityManager,
  report: Report,
  step: {
    from: ReportStatus | null;
    to: ReportStatus;
    note: string;
    actor: Actor | 'SYSTEM';
    at?: Date;
  },
): ReportEvent {
  const system = step.actor === 'SYSTEM';
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
