import { seedId } from '../../../kernel/db/seed-id';
import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { Drill } from '../drill/drill.entity';
import { training } from '..';

const START = `mutation($id: ID!) { startDrillRun(input: { drillId: $id }) { run { id status currentStep { key narrative choices { key text } } } } }`;
const CHOOSE = `mutation($run: ID!, $c: String!) { chooseDrillOption(input: { runId: $run, choiceKey: $c }) { run { status currentStep { key choices { key } } } } }`;
const RESULT = `query($id: ID!) { drillRun(id: $id) { status result { legality communication deEscalation service criticalFailure decisions { choice feedback } bestPath } } }`;
const DRL1 = seedId('drill', 'DRL-001');
const me = (i: number) => actors.officer(demoOfficerId(i));
const choice = (key: string, next: string) => ({
  key,
  text: '选项内容',
  next,
  legality: 5,
  communication: 5,
  deEscalation: 5,
  service: 5,
  feedback: '讲评内容',
});

describe('scenario drills (integration)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
  });
  afterAll(() => h.stop());

  it('seeds three drills', async () => {
    expect(await h.em().count(Drill, {})).toBe(3);
  });

  it('hides scores while the run is in progress and shows them when it ends', async () => {
    const started = await h.execute<{ startDrillRun: { run: { id: string; currentStep: { choices: { key: string }[] } } } }>(START, { id: DRL1 }, me(1));
    const runId = started.data!.startDrillRun.run.id;
    expect(JSON.stringify(started.data)).not.toMatch(/legality|feedback|critical/);
    const hidden = await h.execute(RESULT, { id: runId }, me(1));
    expect(hidden.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    await h.execute(CHOOSE, { run: runId, c: 'greet' }, me(1));
    const end = await h.execute(CHOOSE, { run: runId, c: 'first' }, me(1));
    expect(end.data).toEqual({ chooseDrillOption: { run: { status: 'FINISHED', currentStep: { key: 'end-good', choices: [] } } } });
    const shown = await h.execute<{ drillRun: { result: Record<string, unknown> } }>(RESULT, { id: runId }, me(1));
    expect(shown.data!.drillRun.result).toMatchObject({ legality: 18, communication: 17, deEscalation: 17, service: 16, criticalFailure: false });
    // this run took the best path: the best path lists the same choices
    const result = shown.data!.drillRun.result as { decisions: { choice: string }[]; bestPath: string[] };
    expect(result.bestPath).toEqual(result.decisions.map((d) => d.choice));
  });

  it('ends the run at a critical failure', async () => {
    const started = await h.execute<{ startDrillRun: { run: { id: string } } }>(START, { id: DRL1 }, me(2));
    const runId = started.data!.startDrillRun.run.id;
    await h.execute(CHOOSE, { run: runId, c: 'seize' }, me(2));
    const res = await h.execute(CHOOSE, { run: runId, c: 'push' }, me(2));
    expect(res.data).toMatchObject({ chooseDrillOption: { run: { status: 'FINISHED' } } });
    const shown = await h.execute<{ drillRun: { result: { criticalFailure: boolean } } }>(RESULT, { id: runId }, me(2));
    expect(shown.data!.drillRun.result.criticalFailure).toBe(true);
    const more = await h.execute(CHOOSE, { run: runId, c: 'calm' }, me(2));
    expect(more.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.runId' });
  });

  it('rejects a choice not offered at the current step with BAD_USER_INPUT', async () => {
    const started = await h.execute<{ startDrillRun: { run: { id: string } } }>(START, { id: DRL1 }, me(3));
    const res = await h.execute(CHOOSE, { run: started.data!.startDrillRun.run.id, c: 'first' }, me(3));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.choiceKey' });
  });

  it('refuses another officer’s run with FORBIDDEN', async () => {
    const started = await h.execute<{ startDrillRun: { run: { id: string } } }>(START, { id: DRL1 }, me(4));
    const res = await h.execute(CHOOSE, { run: started.data!.startDrillRun.run.id, c: 'greet' }, me(5));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('rejects a drill graph with a cycle without exit on save and stores nothing', async () => {
    const input = {
      code: 'DRL-900',
      title: '循环测试',
      summary: '无出口的循环',
      startStepKey: 's',
      steps: [
        { key: 's', narrative: '开始情景', choices: [choice('a', 'm'), choice('b', 'e')] },
        { key: 'm', narrative: '循环情景', choices: [choice('loop', 'm')] },
        { key: 'e', narrative: '结束情景', choices: [] },
      ],
    };
    const res = await h.execute(`mutation($input: CreateDrillInput!) { createDrill(input: $input) { drill { id } } }`, { input }, actors.trainer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.steps.1.key' });
    expect(await h.em().count(Drill, { code: 'DRL-900' })).toBe(0);
  });

  it('lists finished runs to trainers for debriefing', async () => {
    const res = await h.execute<{ drillRuns: { edges: { node: { status: string; officer: { id: string } } }[] } }>(
      `query($id: ID!) { drillRuns(drillId: $id, first: 10) { edges { node { status officer { id } result { criticalFailure } } } } }`,
      { id: DRL1 },
      actors.trainer(),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.drillRuns.edges.map((e) => e.node.officer.id).sort()).toEqual([demoOfficerId(1), demoOfficerId(2)].sort());
  });
});
