import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { UnitNode } from '../unit-tree/unit-node.entity';
import { unitTreeReplica } from './unit-tree-replica';

/** 单位层级副本 for the demo city (see unit-tree-replica.ts). */
export async function seedUnitTree(em: EntityManager): Promise<number> {
  if ((await em.count(UnitNode, {})) > 0) {
    return 0;
  }
  const nodes = unitTreeReplica();
  for (const n of nodes) {
    em.create(UnitNode, { id: seedId('unit-node', n.unitId), ...n });
  }
  await em.flush();
  return nodes.length;
}
