import type { Actor } from '../../../kernel/auth/actor';
import { hasRole } from '../../../kernel/auth/actor';
import { CaseAction } from './case-enums';
import { SUPERVISOR_ACTIONS } from './case-transitions';

export interface CaseRef {
  unitId: string;
  assigneeId: string | null;
}

/** ADMIN sees everything; OFFICER and SUPERVISOR see the cases of their own unit; nobody else sees cases. */
export function canViewCase(actor: Actor, c: CaseRef): boolean {
  if (hasRole(actor, 'ADMIN')) {
    return true;
  }
  return hasRole(actor, 'OFFICER', 'SUPERVISOR') && actor.unitId !== null && actor.unitId === c.unitId;
}

/** What a caller does to a case: a lifecycle step, ordinary work on it (evidence, disposition…), or a review. */
export type CaseDeed = CaseAction | 'WORK' | 'REVIEW';

/** SUPERVISOR: anything on the unit's cases; OFFICER: work and non-supervisor steps on cases assigned to them. */
export function canActOnCase(actor: Actor, c: CaseRef, action: CaseDeed): boolean {
  if (hasRole(actor, 'ADMIN')) {
    return true;
  }
  if (!canViewCase(actor, c)) {
    return false;
  }
  if (hasRole(actor, 'SUPERVISOR')) {
    return true;
  }
  if (action === 'REVIEW') {
    return false;
  }
  return c.assigneeId === actor.subject && (action === 'WORK' || !SUPERVISOR_ACTIONS.includes(action));
}

export function isSupervisorOrAdmin(actor: Actor): boolean {
  return hasRole(actor, 'SUPERVISOR', 'ADMIN');
}
