import { optionLabel, shuffle } from './shuffle';

describe('shuffle', () => {
  it('keeps every element exactly once', () => {
    const out = shuffle(['A', 'B', 'C', 'D', 'E']);
    expect([...out].sort()).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('follows the random source (deterministic with a fixed one)', () => {
    expect(shuffle(['A', 'B', 'C'], () => 0)).toEqual(['B', 'C', 'A']);
  });

  it('does not modify its input', () => {
    const input = ['A', 'B'];
    shuffle(input, () => 0);
    expect(input).toEqual(['A', 'B']);
  });

  it('labels options A, B, C', () => {
    expect([0, 1, 2].map(optionLabel)).toEqual(['A', 'B', 'C']);
  });
});
