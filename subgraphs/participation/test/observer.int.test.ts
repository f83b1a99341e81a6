import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { participation } from '..';
import { ObserverAppointment } from '../observer/observer-appointment.entity';
import { addYears, beijingToday } from '../observer/observer-term';
import { OfficerFeedback } from '../supervision/officer-feedback.entity';

const APPOINT = `mutation($input: AppointObserverInput!) { appointObserver(input: $input) {
  observer { id subject name termStartsOn termEndsOn } } }`;
const LIST = `query($activeOn: String) { observers(first: 50, activeOn: $activeOn) { edges { node { subject } } } }`;
const SEND = `mutation($input: SendOfficerFeedbackInput!) { sendOfficerFeedback(input: $input) { feedback { id fromObserver } } }`;
const SUMMARY = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Officer { feedbackSummary {
  praiseCount observerReportCount } } } }`;

describe('城管观察员: citizen observers (integration)', () => {
  let h: SubgraphHarness;
  const officer = demoOfficerId(7);
  const today = beijingToday();
  beforeAll(async () => {
    h = await startSubgraph(participation, { seeded: true });
  });
  afterAll(() => h.stop());

  const appoint = (subject: string, termStartsOn: string, termEndsOn: string, as = actors.supervisor('sup-1')) =>
    h.execute<{
      appointObserver: { observer: { subject: string; termEndsOn: string } };
    }>(APPOINT, { input: { subject, name: '李观察', termStartsOn, termEndsOn } }, as);
  const send = (subject: string) =>
    h.execute<{
      sendOfficerFeedback: { feedback: { id: string; fromObserver: boolean } };
    }>(
      SEND,
      {
        input: {
          officerId: officer,
          kind: 'PRAISE',
          content: '劝导占道经营耐心细致，值得表扬',
        },
      },
      actors.observer(subject),
    );

  it('lets a supervisor appoint an observer for a term of at most two years', async () => {
    const res = await appoint('obs-active', addYears(today, -1), addYears(today, 1));
    expect(res.data!.appointObserver.observer).toMatchObject({
      subject: 'obs-active',
      termEndsOn: addYears(today, 1),
    });
    expect(await h.em().count(ObserverAppointment, { subject: 'obs-active' })).toBe(1);
  });

  it('refuses a term longer than two years with BAD_USER_INPUT on input.termEndsOn and stores nothing', async () => {
    const res = await appoint('obs-long', '2026-01-01', '2028-01-02');
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.termEndsOn',
    });
    expect(await h.em().count(ObserverAppointment, { subject: 'obs-long' })).toBe(0);
  });

  it('answers CONFLICT to an overlapping re-appointment and keeps the first term only', async () => {
    const res = await appoint('obs-active', today, addYears(today, 2), actors.admin());
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.termStartsOn',
    });
    expect(await h.em().count(ObserverAppointment, { subject: 'obs-active' })).toBe(1);
  });

  it('refuses an officer appointing with FORBIDDEN', async () => {
    const res = await appoint('obs-x', '2026-01-01', '2026-12-31', actors.officer('off-1'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await h.em().count(ObserverAppointment, { subject: 'obs-x' })).toBe(0);
  });

  it('lists only the observers whose term covers activeOn', async () => {
    await appoint('obs-expired', '2020-01-01', '2021-12-31');
    const res = await h.execute<{
      observers: { edges: { node: { subject: string } }[] };
    }>(LIST, { activeOn: today }, actors.supervisor('sup-1'));
    const subjects = res.data!.observers.edges.map((e) => e.node.subject);
    expect(subjects).toContain('obs-active');
    expect(subjects).not.toContain('obs-expired');
  });

  it('flags feedback from an OBSERVER with an active term as fromObserver and counts it in the summary', async () => {
    const res = await send('obs-active');
    expect(res.data!.sendOfficerFeedback.feedback.fromObserver).toBe(true);
    const stored = await h.em().findOneOrFail(OfficerFeedback, {
      id: res.data!.sendOfficerFeedback.feedback.id,
    });
    expect(stored.fromObserver).toBe(true);
    const summary = await h.execute<{
      _entities: { feedbackSummary: { observerReportCount: number } }[];
    }>(SUMMARY, { reps: [{ __typename: 'Officer', id: officer }] }, actors.supervisor('sup-1'));
    expect(summary.data!._entities[0].feedbackSummary.observerReportCount).toBe(
      await h.em().count(OfficerFeedback, { officerId: officer, fromObserver: true }),
    );
    expect(summary.data!._entities[0].feedbackSummary.observerReportCount).toBeGreaterThanOrEqual(1);
  });

  it('stores feedback from an OBSERVER whose term has ended as an ordinary citizen’s', async () => {
    const res = await send('obs-expired');
    expect(res.errors).toBeUndefined();
    const stored = await h.em().findOneOrFail(OfficerFeedback, {
      id: res.data!.sendOfficerFeedback.feedback.id,
    });
    expect(stored.fromObserver).toBe(false);
    expect(stored.submitterSubject).toBe('obs-expired');
  });
});
