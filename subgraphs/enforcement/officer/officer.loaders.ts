import { readOptions } from '../../../kernel/db/read-only';
import { defineKeyLoader, defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { GridCell } from '../grid-cell/grid-cell.entity';
import { OfficerGridAssignment } from './officer-grid-assignment.entity';
import { Officer } from './officer.entity';

export const officerById = defineKeyLoader('officerById', Officer, 'id');

/** The grid cells each officer patrols (网格员), one statement for the whole batch. */
export const gridCellsByOfficer = defineLoader<string, GridCell[]>('gridCellsByOfficer', (scope) => async (ids) => {
  const rows = await scope.em.find(
    OfficerGridAssignment,
    { officer: { $in: [...ids] } },
    { populate: ['gridCell'], orderBy: { gridCell: { code: 'asc' } }, ...readOptions(scope.em) },
  );
  return groupByKeys(ids, rows, (r) => r.officer.id).map((list) => list.map((r) => r.gridCell.getEntity()));
});
