import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { UnitTreeNode } from '../unit/unit-tree.entity';

/**
 * REPLICATION (documented on purpose, as roster-replica.ts): the demo organisation's unit tree as enforcement seeds
 * it (subgraphs/enforcement/seed/units.data.ts: 执法局 → 城区大队 / 乡镇大队 → one 中队 per street or town). If
 * enforcement's seed changes, change this too.
 */
const TREE: [key: string, shortName: string, parent: string | null][] = [
  ['bureau', '执法局', null],
  ['urban', '城区大队', 'bureau'],
  ['towns', '乡镇大队', 'bureau'],
  ...[
    ['yunshan', '云山'],
    ['lanjiang', '兰江'],
    ['shanghua', '上华'],
    ['yongchang', '永昌'],
    ['chixi', '赤溪'],
    ['nvbu', '女埠'],
  ].map(([k, n]) => [k, `${n}中队`, 'urban'] as [string, string, string]),
  ...[
    ['youbu', '游埠'],
    ['zhuge', '诸葛'],
    ['majian', '马涧'],
    ['xiangxi', '香溪'],
    ['meijiang', '梅江'],
  ].map(([k, n]) => [k, `${n}中队`, 'towns'] as [string, string, string]),
];

export async function seedUnitTree(em: EntityManager): Promise<number> {
  if ((await em.count(UnitTreeNode, {})) > 0) {
    return 0;
  }
  for (const [key, shortName, parent] of TREE) {
    em.create(UnitTreeNode, { id: seedId('unit-tree', key), unitId: seedId('unit', key), parentUnitId: parent ? seedId('unit', parent) : null, shortName });
  }
  await em.flush();
  return TREE.length;
}
