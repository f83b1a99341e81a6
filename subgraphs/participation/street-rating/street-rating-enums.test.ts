import { weightedTotal } from './street-rating-enums';

describe('street rating total', () => {
  it('weighs inspectors 70 % and the public 30 %', () => {
    expect(weightedTotal(90, 80)).toBe(87);
    expect(weightedTotal(85.5, 70)).toBe(80.85);
  });

  it('uses the only kind of score a street has', () => {
    expect(weightedTotal(null, 75)).toBe(75);
    expect(weightedTotal(88, null)).toBe(88);
    expect(weightedTotal(null, null)).toBeNull();
  });
});
