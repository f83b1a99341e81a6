import type { RequestScope } from '../../../kernel/services/request-scope';
import { TrainingProfile } from '../profile/training-profile.entity';
import { UnitTreeNode } from '../unit/unit-tree.entity';

/** The first columns of every gradebook export: who the row is, in words a trainer reads, then the ids to join on. */
export const OFFICER_HEADER = ['姓名', '警号', '单位', '队员ID', '单位ID'];

/**
 * 队员列: name, badge and unit name from training's own copies (培训档案, 单位树), never enforcement's tables; empty
 * cells for an officer without a profile or a profile the HR import has not named yet. Two statements for any
 * number of officers. The names are personal data, shown only to the trainers who may read the gradebook: each
 * export is recorded in the personal-data access log (`about`: the exported gradebook).
 */
export async function officerColumns(
  scope: RequestScope,
  officerIds: string[],
  about: { entity: string; entityId: string },
): Promise<(officerId: string) => string[]> {
  const profiles = officerIds.length ? await scope.em.find(TrainingProfile, { officerId: { $in: [...new Set(officerIds)] } }) : [];
  const unitIds = [...new Set(profiles.map((p) => p.unitId))];
  const units = new Map((unitIds.length ? await scope.em.find(UnitTreeNode, { unitId: { $in: unitIds } }) : []).map((u) => [u.unitId, u.shortName]));
  const byOfficer = new Map(profiles.map((p) => [p.officerId, p]));
  if (profiles.some((p) => p.name !== null)) {
    scope.audit.record({ ...about, field: 'officerNames' });
  }
  return (officerId) => {
    const p = byOfficer.get(officerId);
    return [p?.name ?? '', p?.badgeNumber ?? '', p ? (units.get(p.unitId) ?? '') : '', officerId, p?.unitId ?? ''];
  };
}
