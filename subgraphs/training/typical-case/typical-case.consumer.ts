import type { MessageHandler } from '../../../kernel/outbox/consume';
import { TypicalCase } from './typical-case.entity';

/** Topic enforcement publishes when a case review marks a case typical (典型案例) or not. */
export const CASE_TYPICAL_CHANGED = 'case.typical-changed';

interface TypicalCaseChange {
  caseId: string;
  typical: boolean;
  summary: string;
}

/** Keeps training's copy of typical cases (inside the inbox transaction: applied once). */
export const onCaseTypicalChanged: MessageHandler = async (scope, payload) => {
  const { cases } = payload as { cases: TypicalCaseChange[] };
  const now = new Date();
  const marked = cases.filter((c) => c.typical);
  const unmarked = cases.filter((c) => !c.typical).map((c) => c.caseId);
  if (marked.length > 0) {
    await scope.em.upsertMany(
      TypicalCase,
      marked.map((c) => ({ id: c.caseId, summary: c.summary, markedAt: now })),
    );
  }
  if (unmarked.length > 0) {
    await scope.em.nativeDelete(TypicalCase, { id: { $in: unmarked } });
  }
};
