/**
 * Topic enforcement publishes (to participation) when a case is CLOSED: `{ caseId, unitId, closedAt }`, or, for
 * many cases at once (the demo data), `{ cases: [{ caseId, unitId, closedAt }] }`.
 * Participation keeps its own copy to check follow-up surveys without reading enforcement's tables.
 */
export const CASE_CLOSED = 'case.closed';
