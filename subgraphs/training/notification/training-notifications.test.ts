import { EnrollmentStatus } from '../enrollment/enrollment-enums';
import { TrainingNotificationKind as K, trainingNotifications } from './training-notifications';
import type { NotifiableEnrollment } from './training-notifications';

const today = '2026-12-02';
const enrollment = (id: string, over: Partial<NotifiableEnrollment> = {}): NotifiableEnrollment => ({
  id,
  status: EnrollmentStatus.ASSIGNED,
  dueOn: '2026-12-31',
  assignedBy: 'trainer-1',
  assignedOn: '2026-09-01',
  courseId: `course-${id}`,
  courseLabel: `LAW-10${id}《课程》`,
  lastOverride: null,
  ...over,
});
const kinds = (list: ReturnType<typeof trainingNotifications>) => list.map((n) => [n.kind, n.key]);

describe('training notifications an officer receives (issue 10)', () => {
  it('says nothing about an old assignment that is still far from due', () => {
    expect(trainingNotifications([enrollment('1')], null, today)).toEqual([]);
  });

  it('announces an assignment made in the last 14 days that is not started', () => {
    const list = trainingNotifications([enrollment('1', { assignedOn: '2026-11-25' })], null, today);
    expect(kinds(list)).toEqual([[K.NEW_ASSIGNMENT, 'NEW_ASSIGNMENT:1']]);
    expect(list[0].message).toBe('新指派课程：LAW-101《课程》，截止 2026-12-31');
  });

  it('warns 3 days before the due date and flags an overdue course, newest first', () => {
    const list = trainingNotifications(
      [enrollment('1', { dueOn: '2026-12-05', status: EnrollmentStatus.IN_PROGRESS }), enrollment('2', { dueOn: '2026-10-31' })],
      null,
      today,
    );
    expect(kinds(list)).toEqual([
      [K.DUE_SOON, 'DUE_SOON:1:2026-12-05'],
      [K.OVERDUE, 'OVERDUE:2:2026-10-31'],
    ]);
    expect(list.map((n) => n.occurredOn)).toEqual(['2026-12-02', '2026-11-01']);
  });

  it('does not call an assignment that is already overdue new', () => {
    const list = trainingNotifications([enrollment('1', { assignedOn: '2026-11-30', dueOn: '2026-12-01' })], null, today);
    expect(kinds(list)).toEqual([[K.OVERDUE, 'OVERDUE:1:2026-12-01']]);
  });

  it('stays silent about completed and self-started courses', () => {
    const list = trainingNotifications(
      [
        enrollment('1', { dueOn: '2026-10-31', status: EnrollmentStatus.COMPLETED }),
        enrollment('2', { dueOn: null, assignedBy: null, assignedOn: '2026-12-01' }),
      ],
      null,
      today,
    );
    expect(list).toEqual([]);
  });

  it('tells of a moved due date with its reason, under a new key for the new date', () => {
    const list = trainingNotifications(
      [enrollment('1', { assignedOn: '2026-11-30', dueOn: '2027-01-31', lastOverride: { on: '2026-12-01', reason: '因公出差' } })],
      null,
      today,
    );
    expect(kinds(list)).toEqual([[K.DUE_DATE_CHANGED, 'DUE_DATE_CHANGED:1:2027-01-31']]);
    expect(list[0].message).toContain('因公出差');
  });

  it('tells of an attempt graded in the last 14 days, not of older ones', () => {
    const graded = [
      { id: 'a1', examLabel: 'CASE-01《案例分析认证考试》', submittedOn: '2026-11-30' },
      { id: 'a0', examLabel: 'OLD', submittedOn: '2026-11-01' },
    ];
    const list = trainingNotifications([], null, today, graded);
    expect(list.map((n) => [n.kind, n.key, n.message])).toEqual([[K.EXAM_GRADED, 'EXAM_GRADED:a1', 'CASE-01《案例分析认证考试》 已评分，可查看成绩']]);
  });

  it('reminds of an expiring certification at the 90/60/30/7-day points and flags an expired one', () => {
    expect(kinds(trainingNotifications([], { id: 'c', expiresOn: '2027-01-15', suspended: false }, today))).toEqual([
      [K.CERTIFICATION_EXPIRING, 'CERTIFICATION_EXPIRING:c:60'],
    ]);
    expect(kinds(trainingNotifications([], { id: 'c', expiresOn: '2027-12-15', suspended: false }, today))).toEqual([]);
    expect(kinds(trainingNotifications([], { id: 'c', expiresOn: '2026-03-15', suspended: false }, today))).toEqual([
      [K.CERTIFICATION_EXPIRED, 'CERTIFICATION_EXPIRED:c'],
    ]);
  });
});

describe('external-training claims decided (issue 10: "external claim decided")', () => {
  const claim = { id: 'c1', title: '省城管执法培训班', hours: 8, note: null };
  it('tells the officer an approved claim counts its hours, for 14 days after the decision', () => {
    const list = trainingNotifications([], null, today, [], [{ ...claim, approved: true, decidedOn: '2026-11-30' }]);
    expect(list.map((n) => [n.kind, n.key, n.message])).toEqual([
      [K.EXTERNAL_CLAIM_DECIDED, 'EXTERNAL_CLAIM_DECIDED:c1', '外部培训「省城管执法培训班」学时申报已通过，计入 8 学时'],
    ]);
    expect(trainingNotifications([], null, today, [], [{ ...claim, approved: true, decidedOn: '2026-11-17' }])).toEqual([]);
  });

  it('gives the reviewer’s note with a rejection', () => {
    const list = trainingNotifications([], null, today, [], [{ ...claim, approved: false, decidedOn: today, note: '证明材料不清晰' }]);
    expect(list[0].message).toBe('外部培训「省城管执法培训班」学时申报未通过：证明材料不清晰');
  });
});
