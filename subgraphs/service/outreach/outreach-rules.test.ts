import { attendanceProblem, eventProblem } from './outreach-rules';

// 柔性执法工作方案 / 721 工作总结: 宣传教育 — community talks and school classes, counted by attendance.
describe('outreach events and attendance', () => {
  const t = (h: number) => new Date(Date.UTC(2026, 11, 5, h));

  it('accepts an event of up to 8 hours and refuses one that ends before it starts', () => {
    expect(eventProblem(t(1), t(3))).toBeNull();
    expect(eventProblem(t(3), t(1))).toMatchObject({ field: 'input.endsAt' });
    expect(eventProblem(t(0), t(9))).toMatchObject({ field: 'input.endsAt' });
  });

  it('records attendance only once the event has started, and only a plausible head count', () => {
    expect(attendanceProblem(t(2), 40, t(1))).toMatchObject({ field: 'input.eventId' });
    expect(attendanceProblem(t(1), 40, t(2))).toBeNull();
    expect(attendanceProblem(t(1), -1, t(2))).toMatchObject({ field: 'input.attendance' });
    expect(attendanceProblem(t(1), 5001, t(2))).toMatchObject({ field: 'input.attendance' });
  });
});
