import type { Case } from './case.entity';

/** The parts of a case recorded in timeline before/after JSON. */
export function caseSnapshot(c: Case) {
  return {
    status: c.status,
    assigneeId: c.assignee?.id ?? null,
    track: c.track ?? null,
    reworkCount: c.reworkCount,
    dueAt: c.dueAt ?? null,
    closedAt: c.closedAt ?? null,
  };
}
