import { CaseStatus as S } from '../case/case-enums';
import { CaseOutcome } from './case-closure.types';
import type { CaseClosure } from './case-closure.types';

export interface ClosureFacts {
  handledAt: Date | null;
  verifiedAt: Date | null;
  satisfaction: number | null;
}

/** Pure: the case's status and timeline facts → the separate closure facts. */
export function closureOf(status: S, reworkCount: number, facts: ClosureFacts): CaseClosure {
  const outcome =
    status === S.CLOSED && facts.verifiedAt
      ? CaseOutcome.CLOSED_VERIFIED
      : status === S.REJECTED || status === S.REFERRED || status === S.CLOSED
        ? CaseOutcome.CLOSED_UNRESOLVED
        : status === S.RESOLVED || status === S.VERIFIED
          ? CaseOutcome.RESOLVED
          : CaseOutcome.OPEN;
  return {
    outcome,
    handledAt: facts.handledAt,
    verifiedAt: facts.verifiedAt,
    reworkCount,
    partySatisfaction: facts.satisfaction,
    partySatisfied: facts.satisfaction === null ? null : facts.satisfaction >= 4,
  };
}
