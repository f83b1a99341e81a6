import { answerProblem, isDutyLine } from './community-rules';

// 城管进社区: a public contact card (duty line, no personal data) and an opinion box whose items get answers.
describe('community posts', () => {
  it('prints a fixed duty line or 12319 on the card, never a personal mobile number', () => {
    expect(isDutyLine('0579-88812319')).toBe(true);
    expect(isDutyLine('12319')).toBe(true);
    expect(isDutyLine('13812345678')).toBe(false);
  });

  it('answers an opinion once', () => {
    expect(answerProblem({ answeredAt: null })).toBeNull();
    expect(answerProblem({ answeredAt: new Date() })).toContain('already');
  });
});
