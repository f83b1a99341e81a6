import { seedId } from '../../../kernel/db/seed-id';
import { DEMO_OFFICER_COUNT, demoBadge, demoOfficerId, demoOfficerName } from '../../../kernel/demo/demo-roster';

/**
 * REPLICATION (documented on purpose): the demo roster's unit and hire date per officer (name and badge come from
 * kernel/demo/demo-roster.ts, which enforcement's seed uses too), as enforcement seeds them
 * (subgraphs/enforcement/seed/officers.data.ts + units.data.ts: bureau, two brigades, then three officers per squad
 * in this squad order; hiredOn = 2008 + (i·5 mod 18), month 1 + (i mod 12)). Training may not import enforcement's
 * files or read its tables, so it keeps this copy, as a real LMS imports the HR roster. If enforcement's seed
 * changes, change this too.
 */
const SQUAD_KEYS = ['yunshan', 'lanjiang', 'shanghua', 'yongchang', 'chixi', 'nvbu', 'youbu', 'zhuge', 'majian', 'xiangxi', 'meijiang'];

export function rosterReplica(): { officerId: string; unitId: string; hiredOn: string; name: string; badgeNumber: string }[] {
  const unitKeys = ['bureau', 'urban', 'towns', ...SQUAD_KEYS.flatMap((k) => [k, k, k])];
  return Array.from({ length: DEMO_OFFICER_COUNT }, (_, i) => ({
    officerId: demoOfficerId(i),
    unitId: seedId('unit', unitKeys[i]),
    hiredOn: `${2008 + ((i * 5) % 18)}-${String(1 + (i % 12)).padStart(2, '0')}-01`,
    name: demoOfficerName(i),
    badgeNumber: demoBadge(i),
  }));
}
