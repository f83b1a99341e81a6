import { seedId } from '../../../kernel/db/seed-id';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { participation } from '..';
import { VolunteerTeam } from '../team/volunteer-team.entity';
import { VolunteerStatus } from '../volunteer/volunteer-enums';
import { Volunteer } from '../volunteer/volunteer.entity';
import { makeVolunteer } from './volunteer-fixtures';

const CREATE = `mutation($input: CreateVolunteerTeamInput!) { createVolunteerTeam(input: $input) {
  team { id name gridCode leaderVolunteerId } } }`;
const JOIN = `mutation($input: JoinVolunteerTeamInput!) { joinVolunteerTeam(input: $input) {
  volunteer { id team { id name } } } }`;
const LIST = `query($after: String) { volunteerTeams(first: 3, after: $after) {
  edges { node { name gridCode } } pageInfo { hasNextPage endCursor } } }`;

describe('志愿者队伍: volunteer teams (integration, seeded)', () => {
  let h: SubgraphHarness;
  let teamId: string;
  beforeAll(async () => {
    h = await startSubgraph(participation, { seeded: true });
  });
  afterAll(() => h.stop());

  it('seeds four teams whose members are ACTIVE volunteers of the team’s grid cell, leader included', async () => {
    expect(await h.em().count(VolunteerTeam, {})).toBe(4);
    const members = await h.em().find(Volunteer, { teamId: { $ne: null } });
    expect(members).toHaveLength(14);
    const teams = await h.em().find(VolunteerTeam, {});
    for (const t of teams) {
      const own = members.filter((m) => m.teamId === t.id);
      expect(own.length).toBeGreaterThanOrEqual(3);
      expect(own.map((m) => m.id)).toContain(t.leaderVolunteerId);
      expect(own.every((m) => m.status === VolunteerStatus.ACTIVE && m.gridCode === t.gridCode)).toBe(true);
    }
  });

  it('pages through the teams with a cursor', async () => {
    const first = await h.execute<{
      volunteerTeams: {
        edges: unknown[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(LIST, {}, actors.volunteer('volunteer-40'));
    expect(first.data!.volunteerTeams.edges).toHaveLength(3);
    expect(first.data!.volunteerTeams.pageInfo.hasNextPage).toBe(true);
    const second = await h.execute<{ volunteerTeams: { edges: unknown[] } }>(
      LIST,
      { after: first.data!.volunteerTeams.pageInfo.endCursor },
      actors.volunteer('volunteer-40'),
    );
    expect(second.data!.volunteerTeams.edges).toHaveLength(1);
  });

  it('lets a supervisor create a team whose leader becomes a member', async () => {
    const leader = await makeVolunteer(h, 'team-leader');
    const res = await h.execute<{
      createVolunteerTeam: { team: { id: string; leaderVolunteerId: string } };
    }>(
      CREATE,
      {
        input: {
          name: '人民社区巡防队',
          gridCode: 'LX-LJ-02',
          leaderVolunteerId: leader.id,
        },
      },
      actors.supervisor('sup-1'),
    );
    expect(res.errors).toBeUndefined();
    teamId = res.data!.createVolunteerTeam.team.id;
    expect(res.data!.createVolunteerTeam.team.leaderVolunteerId).toBe(leader.id);
    expect((await h.em().findOneOrFail(Volunteer, { id: leader.id })).teamId).toBe(teamId);
  });

  it('answers CONFLICT on input.name to a team name already taken and stores nothing', async () => {
    const leader = await makeVolunteer(h, 'team-leader-3');
    const res = await h.execute(CREATE, { input: { name: '大云山护学队', gridCode: 'LX-YS-02', leaderVolunteerId: leader.id } }, actors.admin());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.name' });
    expect(await h.em().count(VolunteerTeam, { name: '大云山护学队' })).toBe(1);
    expect((await h.em().findOneOrFail(Volunteer, { id: leader.id })).teamId).toBeNull();
  });

  it('refuses an officer creating a team with FORBIDDEN and stores nothing', async () => {
    const leader = await makeVolunteer(h, 'team-leader-2');
    const res = await h.execute(
      CREATE,
      {
        input: {
          name: '解放社区服务队',
          gridCode: 'LX-LJ-03',
          leaderVolunteerId: leader.id,
        },
      },
      actors.officer('off-1'),
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await h.em().count(VolunteerTeam, { name: '解放社区服务队' })).toBe(0);
  });

  it('lets an ACTIVE volunteer join a team and shows it on Volunteer.team', async () => {
    const v = await makeVolunteer(h, 'team-joiner');
    const res = await h.execute<{
      joinVolunteerTeam: { volunteer: { team: { id: string; name: string } } };
    }>(JOIN, { input: { teamId } }, actors.volunteer('team-joiner'));
    expect(res.data!.joinVolunteerTeam.volunteer.team).toEqual({
      id: teamId,
      name: '人民社区巡防队',
    });
    expect((await h.em().findOneOrFail(Volunteer, { id: v.id })).teamId).toBe(teamId);
  });

  it('answers CONFLICT on input.teamId to a member joining a second team and keeps the first', async () => {
    const res = await h.execute(JOIN, { input: { teamId: seedId('volunteer-team', '0') } }, actors.volunteer('team-joiner'));
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.teamId',
    });
    expect((await h.em().findOneOrFail(Volunteer, { subject: 'team-joiner' })).teamId).toBe(teamId);
  });

  it('refuses a PENDING volunteer joining with FORBIDDEN', async () => {
    await makeVolunteer(h, 'team-pending', VolunteerStatus.PENDING);
    const res = await h.execute(JOIN, { input: { teamId } }, actors.volunteer('team-pending'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.em().findOneOrFail(Volunteer, { subject: 'team-pending' })).teamId).toBeNull();
  });

  it('answers NOT_FOUND on input.teamId for an unknown team', async () => {
    await makeVolunteer(h, 'team-lost');
    const res = await h.execute(JOIN, { input: { teamId: '00000000-0000-4000-8000-000000000000' } }, actors.volunteer('team-lost'));
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.teamId',
    });
    expect((await h.em().findOneOrFail(Volunteer, { subject: 'team-lost' })).teamId).toBeNull();
  });
});
