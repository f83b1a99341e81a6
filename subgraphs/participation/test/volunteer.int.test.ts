import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { participation } from '..';
import { Volunteer } from '../volunteer/volunteer.entity';
import { VolunteerStatus } from '../volunteer/volunteer-enums';
import { makeVolunteer } from './volunteer-fixtures';

const REGISTER = `mutation($input: RegisterVolunteerInput!) {
  registerVolunteer(input: $input) { volunteer { id name phone status skills pointsBalance } } }`;
const VET = `mutation($input: VetVolunteerInput!) { vetVolunteer(input: $input) { volunteer { id status vettingNote } } }`;

describe('volunteer registration and vetting (integration)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(participation, { seeded: false });
  });
  afterAll(() => h.stop());

  it('registers the signed-in caller as PENDING and shows them their own contact', async () => {
    const res = await h.execute(REGISTER, { input: { name: '李文明', phone: '13812345678', skills: ['PERSUASION', 'FIRST_AID'] } }, actors.volunteer('v-reg'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.registerVolunteer).toMatchObject({
      volunteer: {
        name: '李文明',
        phone: '13812345678',
        status: 'PENDING',
        skills: ['PERSUASION', 'FIRST_AID'],
        pointsBalance: 0,
      },
    });
  });

  it('refuses a second registration with CONFLICT', async () => {
    const input = { name: '李文明', phone: '13812345678' };
    await h.execute(REGISTER, { input }, actors.volunteer('v-twice'));
    const res = await h.execute(REGISTER, { input }, actors.volunteer('v-twice'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(await h.em().count(Volunteer, { subject: 'v-twice' })).toBe(1);
  });

  it('masks name and phone for an officer and shows them to a supervisor (name) ', async () => {
    const v = await makeVolunteer(h, 'v-mask');
    const q = `query { volunteers(first: 50) { edges { node { id name phone } } } }`;
    const officer = await h.execute<{
      volunteers: { edges: { node: { id: string; name: string; phone: string } }[] };
    }>(q, {}, actors.officer('7b0d7a52-0000-4000-8000-000000000001'));
    const supervisor = await h.execute<{
      volunteers: { edges: { node: { id: string; name: string; phone: string } }[] };
    }>(q, {}, actors.supervisor('sup-1'));
    expect(officer.data!.volunteers.edges.find((e) => e.node.id === v.id)!.node).toEqual({
      id: v.id,
      name: '张**',
      phone: '139****0001',
    });
    expect(supervisor.data!.volunteers.edges.find((e) => e.node.id === v.id)!.node.name).toBe('张志愿');
  });

  it("activates a PENDING volunteer on a supervisor's decision with a note", async () => {
    const v = await makeVolunteer(h, 'v-vet', VolunteerStatus.PENDING);
    const res = await h.execute(VET, { input: { volunteerId: v.id, status: 'ACTIVE', note: '资料齐全，审核通过' } }, actors.supervisor('sup-1'));
    expect(res.data).toEqual({
      vetVolunteer: {
        volunteer: { id: v.id, status: 'ACTIVE', vettingNote: '资料齐全，审核通过' },
      },
    });
  });

  it('refuses vetting by an officer with FORBIDDEN and changes nothing', async () => {
    const v = await makeVolunteer(h, 'v-vet-off', VolunteerStatus.PENDING);
    const res = await h.execute(VET, { input: { volunteerId: v.id, status: 'ACTIVE', note: '通过' } }, actors.officer('off-1'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.em().findOneOrFail(Volunteer, { id: v.id })).status).toBe('PENDING');
  });

  it('refuses to activate a REJECTED volunteer with CONFLICT', async () => {
    const v = await makeVolunteer(h, 'v-rej', VolunteerStatus.REJECTED);
    const res = await h.execute(VET, { input: { volunteerId: v.id, status: 'ACTIVE', note: '再审' } }, actors.admin());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.status' });
    expect((await h.em().findOneOrFail(Volunteer, { id: v.id })).status).toBe('REJECTED');
  });

  it('refuses a decision without a note with BAD_USER_INPUT on input.note', async () => {
    const v = await makeVolunteer(h, 'v-nonote', VolunteerStatus.PENDING);
    const res = await h.execute(VET, { input: { volunteerId: v.id, status: 'REJECTED' } }, actors.admin());
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.note',
    });
  });
});
