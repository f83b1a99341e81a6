import { validateDrillGraph } from '../drill/drill-graph';
import { DRILLS } from './drills.data';

describe('seeded drills', () => {
  it.each(DRILLS.map((d) => [d.code, d] as const))('%s is a valid graph', (_code, d) => {
    expect(validateDrillGraph(d.start, d.steps)).toEqual([]);
  });
});
