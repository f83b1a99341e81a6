import { CaseAction as A, CaseStatus as S } from './case-enums';

/** The transition table: for each action, the statuses it may start from and the status it leads to. */
const TABLE: Record<A, { from: readonly S[]; to: S }> = {
  [A.FILE]: { from: [S.REPORTED], to: S.FILED },
  [A.ASSIGN]: { from: [S.FILED, S.ASSIGNED], to: S.ASSIGNED },
  [A.START]: { from: [S.ASSIGNED], to: S.IN_PROGRESS },
  [A.RESOLVE]: { from: [S.IN_PROGRESS], to: S.RESOLVED },
  [A.VERIFY]: { from: [S.RESOLVED], to: S.VERIFIED },
  [A.REWORK]: { from: [S.RESOLVED], to: S.IN_PROGRESS },
  [A.CLOSE]: { from: [S.VERIFIED], to: S.CLOSED },
  [A.REJECT]: { from: [S.REPORTED, S.FILED], to: S.REJECTED },
  [A.REFER]: { from: [S.REPORTED, S.FILED, S.ASSIGNED], to: S.REFERRED },
};

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextStatus(status: S, action: A): S | null {
  const row = TABLE[action];
  return row.from.includes(status) ? row.to : null;
}

/** Actions allowed from a status (for clients: which buttons to show). */
export function allowedActions(status: S): A[] {
  return (Object.keys(TABLE) as A[]).filter((a) => TABLE[a].from.includes(status));
}

/** Statuses in which the case is still being worked (counted for `overdue`). */
export const OPEN_STATUSES: readonly S[] = [S.REPORTED, S.FILED, S.ASSIGNED, S.IN_PROGRESS];

/** Final statuses: nothing leaves them. */
export function isFinal(status: S): boolean {
  return allowedActions(status).length === 0;
}

/** Actions only a SUPERVISOR (or ADMIN) of the unit may take; officers act on their assigned cases otherwise. */
export const SUPERVISOR_ACTIONS: readonly A[] = [A.ASSIGN, A.VERIFY, A.REWORK, A.CLOSE, A.REJECT];
