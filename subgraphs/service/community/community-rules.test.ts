import { answerProblem, AssessmentLine, dualLineScore, isDutyLine, ratingLine } from './community-rules';

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

  it('rates on the squad line for a supervisor of the squad, as a resident otherwise, never by the stationed officer', () => {
    expect(ratingLine({ subject: 'sup', isSquadSupervisor: true }, 'officer')).toBe(AssessmentLine.SQUAD);
    expect(ratingLine({ subject: 'resident', isSquadSupervisor: false }, 'officer')).toBe(AssessmentLine.RESIDENT);
    expect(ratingLine({ subject: 'officer', isSquadSupervisor: false }, 'officer')).toBeNull();
  });

  it('scores 0–100 from both lines and gives no score until both have rated (双线考核)', () => {
    expect(dualLineScore(4.5, 4)).toBe(85);
    expect(dualLineScore(5, null)).toBeNull();
    expect(dualLineScore(null, 3)).toBeNull();
  });
});
