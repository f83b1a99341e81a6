import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { participation } from '..';
import { OfficerFeedback } from '../supervision/officer-feedback.entity';

const SEND = `mutation($input: SendOfficerFeedbackInput!) { sendOfficerFeedback(input: $input) { feedback { id kind status } } }`;
const INVESTIGATE = `mutation($input: InvestigateComplaintInput!) { investigateOfficerComplaint(input: $input) { feedback { id status investigationNote } } }`;
const SUMMARY = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Officer { id feedbackSummary {
  praiseCount complaintCount substantiatedComplaintCount pendingComplaintCount } } } }`;

describe('officer supervision by citizens (integration)', () => {
  let h: SubgraphHarness;
  const officer = demoOfficerId(11);
  beforeAll(async () => {
    h = await startSubgraph(participation, { seeded: false });
  });
  afterAll(() => h.stop());

  const send = (kind: string, as = actors.citizen('c-fb')) =>
    h.execute<{ sendOfficerFeedback: { feedback: { id: string; kind: string; status: string } } }>(
      SEND,
      { input: { officerId: officer, kind, content: '执法过程文明规范，耐心讲解政策' } },
      as,
    );

  it('takes praise from an anonymous citizen', async () => {
    const res = await send('PRAISE', actors.anonymous);
    expect(res.data!.sendOfficerFeedback.feedback).toMatchObject({
      kind: 'PRAISE',
      status: 'RECEIVED',
    });
  });

  it('records the outcome of a complaint investigation', async () => {
    const id = (await send('COMPLAINT')).data!.sendOfficerFeedback.feedback.id;
    const res = await h.execute(
      INVESTIGATE,
      { input: { feedbackId: id, outcome: 'SUBSTANTIATED', note: '调取执法记录仪，情况属实' } },
      actors.supervisor('sup-1'),
    );
    expect(res.data).toEqual({
      investigateOfficerComplaint: {
        feedback: { id, status: 'SUBSTANTIATED', investigationNote: '调取执法记录仪，情况属实' },
      },
    });
    const again = await h.execute(INVESTIGATE, { input: { feedbackId: id, outcome: 'UNSUBSTANTIATED', note: '复核' } }, actors.supervisor('sup-1'));
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses investigation by the officer concerned with FORBIDDEN and changes nothing', async () => {
    const id = (await send('COMPLAINT')).data!.sendOfficerFeedback.feedback.id;
    const res = await h.execute(INVESTIGATE, { input: { feedbackId: id, outcome: 'UNSUBSTANTIATED', note: '不属实' } }, actors.officer(officer));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.em().findOneOrFail(OfficerFeedback, { id })).status).toBe('RECEIVED');
  });

  it('summarises feedback on Officer for the officer themself and hides it from other officers', async () => {
    const reps = [{ __typename: 'Officer', id: officer }];
    const self = await h.execute(SUMMARY, { reps }, actors.officer(officer));
    expect(self.data).toEqual({
      _entities: [
        {
          id: officer,
          feedbackSummary: {
            praiseCount: 1,
            complaintCount: 2,
            substantiatedComplaintCount: 1,
            pendingComplaintCount: 1,
          },
        },
      ],
    });
    const other = await h.execute<{ _entities: { feedbackSummary: unknown }[] }>(SUMMARY, { reps }, actors.officer(demoOfficerId(12)));
    expect(other.data!._entities[0].feedbackSummary).toBeNull();
  });

  it('shows a public supervision card with the praise count only', async () => {
    const res = await h.execute(`query($id: ID!) { officerSupervisionCard(officerId: $id) { officer { id } praiseCount } }`, { id: officer });
    expect(res.data).toEqual({
      officerSupervisionCard: { officer: { id: officer }, praiseCount: 1 },
    });
  });

  it('refuses an officer id that is not a UUID with BAD_USER_INPUT on input.officerId', async () => {
    const res = await h.execute(SEND, { input: { officerId: 'abc', kind: 'PRAISE', content: '很好很负责' } }, actors.citizen('c-bad'));
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.officerId',
    });
  });
});
