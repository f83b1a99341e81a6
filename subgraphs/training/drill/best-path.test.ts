import { bestPath } from './best-path';
import type { DrillChoiceDef, DrillStepDef } from './drill-graph';

const choice = (key: string, next: string, score: number, critical = false): DrillChoiceDef => ({
  key,
  text: key,
  next,
  critical,
  feedback: '',
  legality: score,
  communication: score,
  deEscalation: score,
  service: score,
});
const STEPS: DrillStepDef[] = [
  { key: 'start', narrative: '学校门口首次占道的摊贩', choices: [choice('seize', 'end', 9, true), choice('explain', 'talk', 3), choice('warn', 'end', 2)] },
  { key: 'talk', narrative: '摊贩情绪激动', choices: [choice('calm', 'end', 4), choice('argue', 'end', 0)] },
  { key: 'end', narrative: '结束', choices: [] },
];

describe('best path of a scenario drill', () => {
  it('picks the highest-scoring path and never a critical failure', () => {
    expect(bestPath('start', STEPS)).toEqual(['explain', 'calm']);
  });

  it('is empty for an ending', () => {
    expect(bestPath('end', STEPS)).toEqual([]);
  });
});
