import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { training } from '..';

const OFFICER = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Officer { id mentor { id } mentees { id } certification { expiresOn reminderStage } } } }`;

describe('Officer.mentor, Officer.mentees and certification reminders', () => {
  let h: SubgraphHarness;
  let pair: { mentor_id: string; mentee_id: string };
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
    [pair] = await h.em().getConnection().execute(`select mentor_id, mentee_id from training.mentorship where status = 'ACTIVE' limit 1`);
  });
  afterAll(() => h.stop());

  type Row = {
    id: string;
    mentor: { id: string } | null;
    mentees: { id: string }[];
    certification: { expiresOn: string; reminderStage: number | null } | null;
  };
  const officers = async (...ids: string[]) =>
    (await h.execute<{ _entities: Row[] }>(OFFICER, { r: ids.map((id) => ({ __typename: 'Officer', id })) }, actors.trainer())).data!._entities;

  it('links a mentee to the mentor and the mentor to the mentee in an active pairing', async () => {
    const [mentor, mentee] = await officers(pair.mentor_id, pair.mentee_id);
    expect(mentee.mentor).toEqual({ id: pair.mentor_id });
    expect(mentor.mentees).toEqual(expect.arrayContaining([{ id: pair.mentee_id }]));
    expect(mentor.mentor?.id ?? null).not.toBe(pair.mentee_id);
  });

  it('shows the renewal reminder point of a certification expiring within 90 days', async () => {
    // make one current certification expire in 20 days
    const [target] = await h
      .em()
      .getConnection()
      .execute(
        `update training.certification c set expires_on = current_date + 20
       where c.id = (select x.id from training.certification x
                     where not exists (select 1 from training.certification s where s.supersedes_id = x.id) limit 1)
       returning officer_id`,
      );
    const [officer] = await officers(target.officer_id);
    expect(officer.certification?.reminderStage).toBe(30);
  });
});
