import type { EntityManager } from '@mikro-orm/postgresql';

/** A unit and every unit below it (recursive over training's copy of the tree); empty when the unit is unknown. */
export async function unitSubtreeIds(em: EntityManager, unitId: string): Promise<string[]> {
  const rows = await em.getConnection().execute<{ unit_id: string }[]>(
    `with recursive sub as (select unit_id from training.unit_tree where unit_id = ?
       union select n.unit_id from training.unit_tree n join sub on n.parent_unit_id = sub.unit_id)
     select unit_id from sub`,
    [unitId],
    'all',
    em.getTransactionContext(),
  );
  return rows.map((r) => r.unit_id);
}

/** The unit and its ancestors up to the bureau (nearest first); empty when the unit is unknown. */
export async function unitAncestryIds(em: EntityManager, unitId: string): Promise<string[]> {
  const rows = await em.getConnection().execute<{ unit_id: string; depth: number }[]>(
    `with recursive up as (select unit_id, parent_unit_id, 0 as depth from training.unit_tree where unit_id = ?
       union all select n.unit_id, n.parent_unit_id, up.depth + 1 from training.unit_tree n join up on n.unit_id = up.parent_unit_id
       where up.depth < 20)
     select unit_id, depth from up order by depth`,
    [unitId],
    'all',
    em.getTransactionContext(),
  );
  return rows.map((r) => r.unit_id);
}
