import { shiftProblem } from './guide-shift-rules';

// 721 工作总结 (疏堵结合): 摊位引导员 are on duty at the zone's peak hours, guiding street vendors in.
describe('stall guide shifts', () => {
  const night = { opensMinute: 17 * 60 + 30, closesMinute: 60 }; // 夜市 17:30–01:00
  const at = (iso: string) => new Date(`${iso}+08:00`);

  it('accepts a shift at the night market’s peak, across midnight', () => {
    expect(shiftProblem(night, at('2026-12-05T18:00:00'), at('2026-12-05T21:00:00'))).toBeNull();
    expect(shiftProblem(night, at('2026-12-05T22:00:00'), at('2026-12-06T01:00:00'))).toBeNull();
  });

  it('refuses a shift that starts before the zone opens or runs past its closing', () => {
    expect(shiftProblem(night, at('2026-12-05T16:00:00'), at('2026-12-05T19:00:00'))).toMatchObject({ field: 'input.startsAt' });
    expect(shiftProblem(night, at('2026-12-05T23:00:00'), at('2026-12-06T02:00:00'))).toMatchObject({ field: 'input.endsAt' });
  });

  it('refuses shifts shorter than 30 minutes or longer than 6 hours', () => {
    expect(shiftProblem(night, at('2026-12-05T18:00:00'), at('2026-12-05T18:20:00'))).toMatchObject({ field: 'input.endsAt' });
    expect(shiftProblem({ opensMinute: 0, closesMinute: 1439 }, at('2026-12-05T06:00:00'), at('2026-12-05T13:00:00'))).toMatchObject({ field: 'input.endsAt' });
  });
});
