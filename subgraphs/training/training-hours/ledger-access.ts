import type { Actor } from '../../../kernel/auth/actor';
import { hasRole } from '../../../kernel/auth/actor';

/**
 * 学时台账查阅范围 — who may read an officer's ledger entries: the officer themself, trainers and admins (the
 * training office keeps the ledger), and a supervisor whose unit is the officer's unit or one above it
 * (a squad leader their squad; a brigade leader every squad of the brigade). `officerUnitAncestry` is the
 * officer's unit and its ancestors (empty when training has no profile for the officer).
 */
export function mayReadLedger(actor: Actor, officerId: string, officerUnitAncestry: string[]): boolean {
  if (actor.subject === officerId || hasRole(actor, 'TRAINER', 'ADMIN')) {
    return true;
  }
  return hasRole(actor, 'SUPERVISOR') && actor.unitId !== null && officerUnitAncestry.includes(actor.unitId);
}
