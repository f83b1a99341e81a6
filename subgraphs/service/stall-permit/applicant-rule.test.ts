import { actors } from '../../../tests/harness/actors';
import { applicantStanding } from './applicant-rule';

// 摊位申请: only the merchant's own (staff-verified) operator, or staff of the zone's squad on the merchant's behalf.
describe("who may apply for a merchant's stall", () => {
  const squad = '00000000-0000-4000-8000-0000000000a1';

  it("lets the merchant's verified operator apply", () => {
    expect(applicantStanding(actors.citizen('op'), squad, true)).toBe('OPERATOR');
  });

  it('refuses any other signed-in vendor', () => {
    expect(applicantStanding(actors.citizen('someone-else'), squad, false)).toBe('NOT_ALLOWED');
  });

  it("lets staff of the zone's squad and ADMIN apply on the merchant's behalf, not staff of another squad", () => {
    expect(applicantStanding(actors.officer('o', squad), squad, false)).toBe('STAFF_ON_BEHALF');
    expect(applicantStanding(actors.supervisor('s', squad), squad, false)).toBe('STAFF_ON_BEHALF');
    expect(applicantStanding(actors.admin(), squad, false)).toBe('STAFF_ON_BEHALF');
    expect(applicantStanding(actors.officer('o2', '00000000-0000-4000-8000-0000000000b2'), squad, false)).toBe('NOT_ALLOWED');
  });
});
