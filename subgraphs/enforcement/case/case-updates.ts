import type { EntityManager } from '@mikro-orm/postgresql';

import { publishLive } from '../../../kernel/live/publish-live';
import type { Case } from './case.entity';

/** Live topic of a unit's cases (`caseUpdates`): keyed by the unit's id, one event per opening, assignment or step. */
export const CASE_UPDATED = 'case.updated';

/** Announces the case to its unit's live followers when the caller's transaction commits (call it inside). */
export function announceCaseUpdate(tx: EntityManager, c: Case, action: string): Promise<void> {
  return publishLive(tx, { topic: CASE_UPDATED, key: c.unit.id, data: { caseId: c.id, status: c.status, action } });
}
