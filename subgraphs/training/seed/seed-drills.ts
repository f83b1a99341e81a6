import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { validateDrillGraph } from '../drill/drill-graph';
import { Drill } from '../drill/drill.entity';
import { DRILLS } from './drills.data';

/** 情景模拟 demo drills (graphs checked by the same validator as createDrill). */
export async function seedDrills(em: EntityManager): Promise<number> {
  if ((await em.count(Drill, {})) > 0) {
    return 0;
  }
  for (const d of DRILLS) {
    if (validateDrillGraph(d.start, d.steps).length === 0) {
      em.create(Drill, { id: seedId('drill', d.code), code: d.code, title: d.title, summary: d.summary, startStepKey: d.start, steps: d.steps });
    }
  }
  await em.flush();
  return DRILLS.length;
}
