import { hasRole } from '../../../kernel/auth/actor';
import type { Actor } from '../../../kernel/auth/actor';
import { ForbiddenError, NotFoundError } from '../../../kernel/errors/domain-error';
import { subtree } from './rollup';
import type { TreeNode } from './rollup';

/**
 * Whose compliance a caller may read (the unit scope of DESIGN.md: a supervisor manages their own unit and the units
 * below it). Trainers and admins: the asked unit, or every root when none is asked. Supervisors: their own unit's
 * subtree only — the asked unit must lie in it (FORBIDDEN otherwise), and without one it is their own unit.
 * NOT_FOUND on `unitId` for a unit training's copy of the tree does not know.
 */
export function complianceRoot(actor: Actor, unitId: string | null, nodes: TreeNode[]): string | null {
  if (unitId && !nodes.some((n) => n.unitId === unitId)) {
    throw new NotFoundError('Unit', unitId, 'unitId');
  }
  if (hasRole(actor, 'TRAINER', 'ADMIN')) {
    return unitId;
  }
  const own = actor.unitId;
  if (!own) {
    throw new ForbiddenError('A supervisor sees the compliance of their own unit; this sign-in names none');
  }
  if (unitId && !subtree(nodes, own).some((n) => n.unitId === unitId)) {
    throw new ForbiddenError('A supervisor sees their own unit and the units below it');
  }
  return unitId ?? own;
}
