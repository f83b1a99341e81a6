import type { EntityManager } from '@mikro-orm/postgresql';

import { publish } from '../../../kernel/outbox/publish';

/**
 * Topic enforcement publishes (to training) when a case review marks a case typical (典型案例) or not:
 * `{ cases: [{ caseId, typical, summary }] }`. Training keeps its own copy and accepts only typical cases as a
 * drill's source, without reading enforcement's tables.
 */
export const CASE_TYPICAL_CHANGED = 'case.typical-changed';

export interface TypicalCaseChange {
  caseId: string;
  typical: boolean;
  /** The review's summary: the case's public description as training material. */
  summary: string;
}

/** In the caller's transaction: delivered if and only if the review commits. */
export async function publishTypicalCases(tx: EntityManager, cases: TypicalCaseChange[]): Promise<void> {
  if (cases.length > 0) {
    await publish(tx, { to: 'training', topic: CASE_TYPICAL_CHANGED, payload: { cases } });
  }
}
