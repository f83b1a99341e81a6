import { columnOf, leanColumns, leanFromColumns, qualifiedTable } from '../../../kernel/db/lean-find';
import { executePrepared } from '../../../kernel/db/prepared';
import { sqlArray } from '../../../kernel/db/sql-array';
import { defineKeyLoader, defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { GridCell } from '../grid-cell/grid-cell.entity';
import { OfficerGridAssignment } from './officer-grid-assignment.entity';
import { Officer } from './officer.entity';

export const officerById = defineKeyLoader('officerById', Officer, 'id');

/** The grid cells each officer patrols (网格员), one prepared statement for the whole batch, read lean. */
export const gridCellsByOfficer = defineLoader<string, GridCell[]>('gridCellsByOfficer', (scope) => async (ids) => {
  const em = scope.em;
  const officer = columnOf(em, OfficerGridAssignment, 'officer');
  const columns = leanColumns(em, GridCell, 'g');
  if (columns) {
    const rows = await executePrepared(
      em,
      `select ${columns}, a.${officer} as "__officer" from ${qualifiedTable(em, GridCell)} g
         join ${qualifiedTable(em, OfficerGridAssignment)} a on a.${columnOf(em, OfficerGridAssignment, 'gridCell')} = g.${columnOf(em, GridCell, 'code')}
        where a.${officer} = any(?::uuid[]) order by g.${columnOf(em, GridCell, 'code')}`,
      [sqlArray(ids)],
    );
    const cells = leanFromColumns(em, GridCell, rows)!; // a column mapper exists: `leanColumns` said so
    return groupByKeys(
      ids,
      rows.map((row, i) => ({ officer: row.__officer as string, cell: cells[i] })),
      (r) => r.officer,
    ).map((list) => list.map((r) => r.cell));
  }
  const assignments = await em.find(OfficerGridAssignment, { officer: { $in: [...ids] } }, { populate: ['gridCell'], orderBy: { gridCell: { code: 'asc' } } });
  return groupByKeys(ids, assignments, (r) => r.officer.id).map((list) => list.map((r) => r.gridCell.getEntity()));
});
