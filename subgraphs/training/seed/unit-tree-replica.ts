import { seedId } from '../../../kernel/db/seed-id';

/**
 * REPLICATION (documented on purpose): the demo unit tree as enforcement seeds it (subgraphs/enforcement/seed/
 * units.data.ts: the bureau, the urban and towns brigades, one squad per street or town). Training may not read
 * enforcement's tables, so it keeps this copy next to the roster copy (roster-replica.ts). If that seed changes,
 * change this too.
 */
const SQUADS_BY_BRIGADE: Record<string, string[]> = {
  urban: ['yunshan', 'lanjiang', 'shanghua', 'yongchang', 'chixi', 'nvbu'],
  towns: ['youbu', 'zhuge', 'majian', 'xiangxi', 'meijiang'],
};

export function unitTreeReplica(): { unitId: string; parentUnitId: string | null }[] {
  const id = (key: string) => seedId('unit', key);
  return [
    { unitId: id('bureau'), parentUnitId: null },
    ...Object.entries(SQUADS_BY_BRIGADE).flatMap(([brigade, squads]) => [
      { unitId: id(brigade), parentUnitId: id('bureau') },
      ...squads.map((squad) => ({ unitId: id(squad), parentUnitId: id(brigade) })),
    ]),
  ];
}
