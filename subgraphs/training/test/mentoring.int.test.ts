import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { MentoringCheckIn } from '../mentoring/mentoring-check-in.entity';
import { Mentorship } from '../mentoring/mentorship.entity';
import { training } from '..';

const CREATE = `mutation($input: CreateMentorshipInput!) { createMentorship(input: $input) { mentorship { id status goals } } }`;
const CHECK_IN = `mutation($input: LogMentoringCheckInInput!) { logMentoringCheckIn(input: $input) { checkIn { occurredOn loggedBy } } }`;
const SIGN_OFF = `mutation($input: SignOffMentorshipInput!) { signOffMentorship(input: $input) { mentorship { status signOffNote } } }`;
const me = (i: number) => actors.officer(demoOfficerId(i));
const pair = { mentorId: demoOfficerId(12), menteeId: demoOfficerId(14), startsOn: '2026-01-01', endsOn: '2026-12-31', goals: ['独立办理简易程序案件'] };

describe('mentoring 老带新 (integration)', () => {
  let h: SubgraphHarness;
  let id: string;
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
  });
  afterAll(() => h.stop());

  it('pairs a mentor with a new officer', async () => {
    const res = await h.execute<{ createMentorship: { mentorship: { id: string; status: string } } }>(CREATE, { input: pair }, actors.trainer());
    expect(res.data!.createMentorship.mentorship).toMatchObject({ status: 'ACTIVE', goals: ['独立办理简易程序案件'] });
    id = res.data!.createMentorship.mentorship.id;
  });

  it('refuses a second active mentor for the same mentee with CONFLICT', async () => {
    const res = await h.execute(CREATE, { input: { ...pair, mentorId: demoOfficerId(15) } }, actors.trainer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.menteeId' });
    expect(await h.em().count(Mentorship, { menteeId: demoOfficerId(14) })).toBe(1);
  });

  it('rejects a self-mentorship with BAD_USER_INPUT', async () => {
    const res = await h.execute(CREATE, { input: { ...pair, menteeId: demoOfficerId(12) } }, actors.trainer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.menteeId' });
  });

  it('refuses sign-off before any check-in with CONFLICT', async () => {
    const res = await h.execute(SIGN_OFF, { input: { mentorshipId: id, note: '表现良好，同意出师' } }, me(12));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.mentorshipId' });
  });

  it('logs check-ins by mentor or mentee and refuses outsiders with FORBIDDEN', async () => {
    const ok = await h.execute(CHECK_IN, { input: { mentorshipId: id, occurredOn: '2026-03-02', note: '跟班巡查并复盘' } }, me(14));
    expect(ok.data).toEqual({ logMentoringCheckIn: { checkIn: { occurredOn: '2026-03-02', loggedBy: demoOfficerId(14) } } });
    const outsider = await h.execute(CHECK_IN, { input: { mentorshipId: id, occurredOn: '2026-03-03', note: '冒名记录带教' } }, me(20));
    expect(outsider.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await h.em().count(MentoringCheckIn, { mentorshipId: id })).toBe(1);
  });

  it('lets only the mentor sign off', async () => {
    const mentee = await h.execute(SIGN_OFF, { input: { mentorshipId: id, note: '我自己签字出师' } }, me(14));
    expect(mentee.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const mentor = await h.execute(SIGN_OFF, { input: { mentorshipId: id, note: '能独立办案，同意出师' } }, me(12));
    expect(mentor.data).toEqual({ signOffMentorship: { mentorship: { status: 'SIGNED_OFF', signOffNote: '能独立办案，同意出师' } } });
  });

  it('takes the mentee’s feedback once', async () => {
    const q = `mutation($input: SubmitMenteeFeedbackInput!) { submitMenteeFeedback(input: $input) { mentorship { menteeRating menteeFeedback } } }`;
    const first = await h.execute(q, { input: { mentorshipId: id, rating: 5, feedback: '收获很大' } }, me(14));
    expect(first.data).toEqual({ submitMenteeFeedback: { mentorship: { menteeRating: 5, menteeFeedback: '收获很大' } } });
    const again = await h.execute(q, { input: { mentorshipId: id, rating: 1 } }, me(14));
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
  });

  it('shows an officer’s mentorships with check-ins', async () => {
    const res = await h.execute<{ _entities: { mentorships: { status: string; mentor: { id: string }; checkIns: unknown[] }[] }[] }>(
      `query($id: ID!) { _entities(representations: [{ __typename: "Officer", id: $id }]) { ... on Officer { mentorships { status mentor { id } checkIns { note } } } } }`,
      { id: demoOfficerId(25) },
      me(25),
    );
    expect(res.data!._entities[0].mentorships).toEqual([{ status: 'SIGNED_OFF', mentor: { id: demoOfficerId(21) }, checkIns: expect.any(Array) }]);
    expect(res.data!._entities[0].mentorships[0].checkIns).toHaveLength(3);
  });
});
