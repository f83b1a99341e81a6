import { committeeProblem, dutyRoster } from './committee-rules';

// 721 工作总结: 商户自治委员会 with 摊主轮值制 — the zone's stall holders govern it, taking duty in turn.
describe('self-governance committee and its duty roster', () => {
  const holders = new Set(['a', 'b', 'c', 'd']);

  it('forms a committee of the zone’s stall holders with the chair among them', () => {
    expect(committeeProblem(['a', 'b', 'c'], 'b', holders)).toBeNull();
  });

  it('refuses a merchant holding no stall in the zone, a duplicate, too few members and an outside chair', () => {
    expect(committeeProblem(['a', 'b', 'x'], 'a', holders)).toMatchObject({ field: 'input.memberMerchantIds', message: expect.stringContaining('x') });
    expect(committeeProblem(['a', 'a', 'b'], 'a', holders)).toMatchObject({ field: 'input.memberMerchantIds' });
    expect(committeeProblem(['a', 'b'], 'a', holders)).toMatchObject({ field: 'input.memberMerchantIds' });
    expect(committeeProblem(['a', 'b', 'c'], 'd', holders)).toMatchObject({ field: 'input.chairMerchantId' });
  });

  it('rotates duty daily by seat from the start date, wrapping round, with nobody before the start', () => {
    expect(dutyRoster(['a', 'b', 'c'], '2026-12-01', '2026-11-30', 6)).toEqual([
      { date: '2026-11-30', member: null },
      { date: '2026-12-01', member: 'a' },
      { date: '2026-12-02', member: 'b' },
      { date: '2026-12-03', member: 'c' },
      { date: '2026-12-04', member: 'a' },
      { date: '2026-12-05', member: 'b' },
    ]);
  });
});
