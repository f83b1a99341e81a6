import { seedId } from '../../../kernel/db/seed-id';
import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { chinaDate } from '../../../kernel/time/china-time';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { notificationJob } from '../notification/notification.job';
import { OfficerNotification } from '../notification/officer-notification.entity';
import { systemActor } from '../../../kernel/server/create-subgraph-server';
import { courseSeedId } from '../seed/seed-courses';
import { training } from '..';

const LEDGER = `query($reps: [_Any!]!, $year: Int) { _entities(representations: $reps) { ... on Officer {
  hoursLedger(first: 2, year: $year) { totalCount edges { node { year hours cause note sourceRef recordedBy } } pageInfo { hasNextPage } } } } }`;
const HISTORY = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Officer { certificationHistory { kind occurredOn reason by expiresOn } } } }`;
const NOTES = `{ myTrainingNotifications { unreadCount items { key kind message dueOn read course { code } certification { expiresOn } } } }`;
const READ = `mutation($keys: [String!]!) { markTrainingNotificationsRead(input: { keys: $keys }) { markedCount unreadCount } }`;
const reps = (i: number) => ({ reps: [{ __typename: 'Officer', id: demoOfficerId(i) }] });
const inDays = (n: number) => new Date(Date.now() + 8 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);
type Notes = { myTrainingNotifications: { unreadCount: number; items: { key: string; kind: string; read: boolean; course: { code: string } | null }[] } };

describe('the officer’s record: hours ledger, certification history, notifications (issue 10)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
  });
  afterAll(() => h.stop());

  describe('hours ledger', () => {
    it('shows the officer their own entries, newest first, a page at a time', async () => {
      const res = await h.execute<{
        _entities: { hoursLedger: { totalCount: number; edges: { node: { year: number; cause: string } }[]; pageInfo: { hasNextPage: boolean } } }[];
      }>(LEDGER, { ...reps(4), year: 2026 }, actors.officer(demoOfficerId(4)));
      expect(res.errors).toBeUndefined();
      const ledger = res.data!._entities[0].hoursLedger;
      expect(ledger.totalCount).toBeGreaterThan(2);
      expect(ledger.edges).toHaveLength(2);
      expect(ledger.edges.every((e) => e.node.year === 2026 && e.node.cause === 'COURSE_COMPLETION')).toBe(true);
      expect(ledger.pageInfo.hasNextPage).toBe(true);
    });

    it('lets the supervisor of the officer’s brigade read it, but not one of the other brigade nor a colleague', async () => {
      // officer 4 is in 云山中队 of the urban brigade
      const ok = await h.execute(LEDGER, reps(4), actors.supervisor('s-urban', seedId('unit', 'urban')));
      expect(ok.errors).toBeUndefined();
      for (const who of [actors.supervisor('s-towns', seedId('unit', 'towns')), actors.officer(demoOfficerId(5), seedId('unit', 'yunshan'))]) {
        const refused = await h.execute<{ _entities: { hoursLedger: unknown }[] }>(LEDGER, reps(4), who);
        expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
        expect(refused.data?._entities[0]?.hoursLedger).toBeNull();
      }
    });

    it('names the source of a correction entry and who recorded it', async () => {
      await h.execute(
        `mutation { recordHoursCorrection(input: { officerId: "${demoOfficerId(6)}", year: 2026, category: COMMUNICATION, hours: 1.5, reason: "补录现场教学课时" }) { entry { id } } }`,
        {},
        actors.trainer('trainer-3'),
      );
      const res = await h.execute<{ _entities: { hoursLedger: { edges: { node: unknown }[] } }[] }>(LEDGER, reps(6), actors.trainer());
      expect(res.data!._entities[0].hoursLedger.edges[0].node).toEqual({
        year: 2026,
        hours: 1.5,
        cause: 'CORRECTION',
        note: '更正：补录现场教学课时',
        sourceRef: null,
        recordedBy: 'trainer-3',
      });
    });
  });

  describe('certification history', () => {
    it('shows officer 11’s grant and then the suspension with its reason', async () => {
      const res = await h.execute<{ _entities: { certificationHistory: { kind: string; reason: string; by: string | null }[] }[] }>(
        HISTORY,
        reps(11),
        actors.officer(demoOfficerId(11)),
      );
      expect(res.data!._entities[0].certificationHistory.map((e) => [e.kind, e.reason])).toEqual([
        ['GRANTED', '通过年度执法资格认证考试'],
        ['SUSPENDED', '涉嫌违规执法被投诉，调查期间暂停执法资格'],
      ]);
    });

    it('adds a trainer’s reinstatement and shows officer 10’s lapsed certificate as expired', async () => {
      await h.execute(
        `mutation { correctCertification(input: { officerId: "${demoOfficerId(11)}", suspended: false, reason: "调查结论：投诉不属实" }) { certification { id } } }`,
        {},
        actors.trainer('trainer-9'),
      );
      const eleven = await h.execute<{ _entities: { certificationHistory: { kind: string; by: string | null }[] }[] }>(HISTORY, reps(11), actors.trainer());
      expect(eleven.data!._entities[0].certificationHistory.map((e) => [e.kind, e.by])).toEqual([
        ['GRANTED', 'trainer-seed'],
        ['SUSPENDED', 'trainer-seed'],
        ['REINSTATED', 'trainer-9'],
      ]);
      // the seed is relative to the day it runs: officer 10's certificate was issued on 15 March four years ago
      const y = Number(chinaDate().slice(0, 4));
      const ten = await h.execute(HISTORY, reps(10), actors.trainer());
      expect(ten.data).toEqual({
        _entities: [
          {
            certificationHistory: [
              { kind: 'GRANTED', occurredOn: `${y - 4}-03-15`, reason: '通过年度执法资格认证考试', by: 'trainer-seed', expiresOn: `${y - 1}-03-15` },
              { kind: 'EXPIRED', occurredOn: `${y - 1}-03-16`, reason: '有效期届满', by: null, expiresOn: `${y - 1}-03-15` },
            ],
          },
        ],
      });
    });

    it('refuses another officer', async () => {
      const res = await h.execute(HISTORY, reps(11), actors.officer(demoOfficerId(12)));
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    });
  });

  describe('notifications', () => {
    const me = actors.officer(demoOfficerId(1));
    const notes = async () => (await h.execute<Notes>(NOTES, {}, me)).data!.myTrainingNotifications;

    it('tells the officer of a new assignment due soon at once, and of an overdue one and an expiring certification after the job ran', async () => {
      await h.execute(
        `mutation { assignCourse(input: { courseId: "${courseSeedId('EMG-101')}", officerIds: ["${demoOfficerId(1)}"], dueOn: "${inDays(2)}" }) { createdCount } }`,
        {},
        actors.trainer(),
      );
      await h.execute(
        `mutation { correctCertification(input: { officerId: "${demoOfficerId(1)}", expiresOn: "${inDays(25)}", reason: "按省厅通知统一换证周期" }) { certification { id } } }`,
        {},
        actors.trainer(),
      );
      // the assignment's notices are stored with it; the certification reminder is date-driven: the job stores it
      expect((await notes()).items.map((n) => n.kind)).not.toContain('CERTIFICATION_EXPIRING');
      const scope = h.server.createScope(systemActor('training'));
      await notificationJob.run({ scope, peerUrl: () => undefined, identitySecret: '' });
      const list = await notes();
      const kinds = list.items.map((n) => [n.kind, n.course?.code ?? null]).sort();
      expect(kinds).toEqual(
        [
          ['CERTIFICATION_EXPIRING', null],
          ['DUE_SOON', 'EMG-101'],
          ['NEW_ASSIGNMENT', 'EMG-101'],
          ['OVERDUE', 'DIG-101'],
        ].sort(),
      );
      expect(list.unreadCount).toBe(4);
      expect(list.items.find((n) => n.kind === 'CERTIFICATION_EXPIRING')!.key).toMatch(/:30$/);
    });

    it('marks notices read once, and only the officer’s own', async () => {
      const keys = (await notes()).items.filter((n) => n.kind !== 'OVERDUE').map((n) => n.key);
      const first = await h.execute(READ, { keys }, me);
      expect(first.data).toEqual({ markTrainingNotificationsRead: { markedCount: 3, unreadCount: 1 } });
      const again = await h.execute(READ, { keys }, me);
      expect(again.data).toEqual({ markTrainingNotificationsRead: { markedCount: 0, unreadCount: 1 } });
      expect((await notes()).items.filter((n) => !n.read).map((n) => n.kind)).toEqual(['OVERDUE']);
      const other = (await h.execute<Notes>(NOTES, {}, actors.officer(demoOfficerId(3)))).data!.myTrainingNotifications;
      expect(other.items.every((n) => !n.read)).toBe(true);
    });

    it('refuses a malformed key, another officer’s key and a trainer, and marks nothing', async () => {
      const unread = () => h.em().count(OfficerNotification, { officerId: { $in: [demoOfficerId(1), demoOfficerId(2)] }, readAt: null });
      const before = await unread();
      const bad = await h.execute(READ, { keys: ['not a key'] }, actors.officer(demoOfficerId(2)));
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      const overdue = (await notes()).items.find((n) => n.kind === 'OVERDUE')!.key;
      const theirs = await h.execute(READ, { keys: [overdue] }, actors.officer(demoOfficerId(2)));
      expect(theirs.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.keys' });
      expect((await h.execute(NOTES, {}, actors.trainer())).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
      expect(await unread()).toBe(before);
      expect(before).toBeGreaterThan(0);
    });
  });
});
