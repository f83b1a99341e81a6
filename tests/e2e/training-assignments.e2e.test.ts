import { seedId } from '../../kernel/db/seed-id';
import { demoOfficerId } from '../../kernel/demo/demo-roster';
import {
  AssignCourseToUnitDocument,
  MarkTrainingNotificationsReadDocument,
  MyTrainingNotificationsDocument,
  OfficerTrainingRecordDocument,
  OverrideAssignmentDueDateDocument,
} from '../__generated__/graphql';
import { execute } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

const unit = (key: string) => seedId('unit', key);
const course = (code: string) => seedId('course', code);
const inDays = (n: number) => new Date(Date.now() + 8 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);
const officer = demoOfficerId(9); // 上华中队, urban brigade

/** Trainers assign a course to a brigade; its officers are told; a supervisor of the brigade reads the record. */
describe('assignments, due-date overrides and the officer’s record through the gateway (issue 10)', () => {
  let stack: Stack;
  let trainer: string;
  let me: string;

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    trainer = await tokenFor('TRAINER', 'trainer-e2e');
    me = await tokenFor('OFFICER', officer, { unit: unit('shanghua') });
  });
  afterAll(() => stack.stop());

  it('assigns a course to the urban brigade and its squads, and the officer sees it among their notifications', async () => {
    const assigned = await execute(
      stack.gatewayUrl,
      AssignCourseToUnitDocument,
      { input: { courseId: course('FLX-102'), unitId: unit('urban'), dueOn: inDays(21) } },
      { token: trainer },
    );
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data!.assignCourse.createdCount).toBe(19);
    const notes = await execute(stack.gatewayUrl, MyTrainingNotificationsDocument, {}, { token: me });
    expect(notes.errors).toBeUndefined();
    expect(notes.data!.myTrainingNotifications.items).toContainEqual({
      key: expect.stringMatching(/^NEW_ASSIGNMENT:/),
      kind: 'NEW_ASSIGNMENT',
      read: false,
      dueOn: inDays(21),
      message: `新指派课程：FLX-102《商户诚信档案与信用监管》，截止 ${inDays(21)}`,
      course: { code: 'FLX-102', title: '商户诚信档案与信用监管' },
    });
  });

  it('moves the officer’s due date with a reason the officer then reads, and marks it read', async () => {
    const assigned = await execute(
      stack.gatewayUrl,
      AssignCourseToUnitDocument,
      { input: { courseId: course('FLX-102'), officerIds: [officer], dueOn: inDays(21) } },
      { token: trainer },
    );
    expect(assigned.data!.assignCourse.createdCount).toBe(0);
    const enrollmentId = assigned.data!.assignCourse.enrollments[0].id;
    const moved = await execute(
      stack.gatewayUrl,
      OverrideAssignmentDueDateDocument,
      { input: { enrollmentId, dueOn: inDays(40), reason: '参加市级应急演练集训' } },
      { token: trainer },
    );
    expect(moved.data!.overrideAssignmentDueDate.enrollment).toEqual({
      dueOn: inDays(40),
      dueDateOverrides: [{ previousDueOn: inDays(21), dueOn: inDays(40), reason: '参加市级应急演练集训' }],
    });
    const refused = await execute(
      stack.gatewayUrl,
      OverrideAssignmentDueDateDocument,
      { input: { enrollmentId, dueOn: inDays(60), reason: '我想晚点完成' } },
      { token: me },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });

    const notes = await execute(stack.gatewayUrl, MyTrainingNotificationsDocument, {}, { token: me });
    const changed = notes.data!.myTrainingNotifications.items.find((n) => n.kind === 'DUE_DATE_CHANGED')!;
    expect(changed.message).toBe(`FLX-102《商户诚信档案与信用监管》 截止日期调整为 ${inDays(40)}（参加市级应急演练集训）`);
    const unread = notes.data!.myTrainingNotifications.unreadCount;
    const read = await execute(stack.gatewayUrl, MarkTrainingNotificationsReadDocument, { keys: [changed.key] }, { token: me });
    expect(read.data!.markTrainingNotificationsRead).toEqual({ markedCount: 1, unreadCount: unread - 1 });
  });

  it('shows a brigade supervisor the officer’s name, ledger and certification history, and hides the ledger from the other brigade', async () => {
    const urban = await tokenFor('SUPERVISOR', 'supervisor-urban', { unit: unit('urban') });
    const res = await execute(stack.gatewayUrl, OfficerTrainingRecordDocument, { id: officer, year: 2026 }, { token: urban });
    expect(res.errors).toBeUndefined();
    expect(res.data!.officer.unit.shortName).toBe('上华中队');
    expect(res.data!.officer.hoursLedger!.totalCount).toBeGreaterThan(0);
    expect(res.data!.officer.certificationHistory![0]).toMatchObject({ kind: 'GRANTED', reason: '通过年度执法资格认证考试' });

    const towns = await tokenFor('SUPERVISOR', 'supervisor-towns', { unit: unit('towns') });
    const other = await execute(stack.gatewayUrl, OfficerTrainingRecordDocument, { id: officer, year: 2026 }, { token: towns });
    expect(other.errors?.map((e) => [e.extensions?.code, e.path?.join('.')])).toEqual([['FORBIDDEN', 'officer.hoursLedger']]);
    expect(other.data!.officer.name).toBe(res.data!.officer.name);
    expect(other.data!.officer.hoursLedger).toBeNull();
  });
});
