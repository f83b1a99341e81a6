import { followUpDueAt, isFollowUpOnTime, isValidSatisfaction, overdueClosedBefore } from './follow-up-rules';

const closed = new Date('2026-05-01T10:00:00Z');

describe('follow-up rules', () => {
  it('makes a follow-up due three days after closure', () => {
    expect(followUpDueAt(closed).toISOString()).toBe('2026-05-04T10:00:00.000Z');
  });

  it('counts a visit on the third day as on time and one after it as late', () => {
    expect(isFollowUpOnTime(closed, new Date('2026-05-04T10:00:00Z'))).toBe(true);
    expect(isFollowUpOnTime(closed, new Date('2026-05-04T10:00:01Z'))).toBe(false);
  });

  it('lists cases closed more than three days ago as overdue', () => {
    expect(overdueClosedBefore(new Date('2026-05-04T10:00:00Z')).toISOString()).toBe(closed.toISOString());
  });

  it('accepts satisfaction scores 1 to 5 only', () => {
    expect([0, 1, 3, 5, 6, 2.5].map(isValidSatisfaction)).toEqual([false, true, true, true, false, false]);
  });
});
