import type { DrillChoiceDef, DrillStepDef } from './drill-graph';
import { validateDrillGraph } from './drill-graph';

const choice = (key: string, next: string): DrillChoiceDef => ({
  key,
  text: key,
  next,
  critical: false,
  feedback: '',
  legality: 1,
  communication: 1,
  deEscalation: 1,
  service: 1,
});
const step = (key: string, ...choices: DrillChoiceDef[]): DrillStepDef => ({ key, narrative: key, choices });

describe('validateDrillGraph', () => {
  it('accepts a tree whose paths all end', () => {
    expect(validateDrillGraph('s', [step('s', choice('a', 'x'), choice('b', 'y')), step('x'), step('y')])).toEqual([]);
  });

  it('accepts a cycle that has an exit', () => {
    expect(validateDrillGraph('s', [step('s', choice('a', 'm')), step('m', choice('back', 's'), choice('out', 'e')), step('e')])).toEqual([]);
  });

  it('rejects a cycle without exit', () => {
    const problems = validateDrillGraph('s', [
      step('s', choice('a', 'm'), choice('b', 'e')),
      step('m', choice('back', 'n')),
      step('n', choice('loop', 'm')),
      step('e'),
    ]);
    expect(problems.map((p) => p.field)).toEqual(['input.steps.1.key', 'input.steps.2.key']);
  });

  it('rejects an unreachable step', () => {
    expect(validateDrillGraph('s', [step('s', choice('a', 'e')), step('e'), step('orphan')])).toEqual([
      { field: 'input.steps.2.key', message: 'Step orphan cannot be reached from the start' },
    ]);
  });

  it('rejects a choice leading nowhere', () => {
    expect(validateDrillGraph('s', [step('s', choice('a', 'zz')), step('e')])[0]).toEqual({
      field: 'input.steps.0.choices.0.next',
      message: 'Choice s/a leads to missing step zz',
    });
  });

  it('rejects a missing start, duplicate keys and a graph without ending', () => {
    expect(validateDrillGraph('nope', [step('s')])[0].field).toBe('input.startStepKey');
    expect(validateDrillGraph('s', [step('s', choice('a', 'e')), step('e'), step('e')])[0].message).toBe('Step key e is used twice');
    expect(validateDrillGraph('s', [step('s', choice('a', 's'))])).toEqual([
      { field: 'input.steps', message: 'A drill needs at least one ending (a step without choices)' },
    ]);
  });
});
