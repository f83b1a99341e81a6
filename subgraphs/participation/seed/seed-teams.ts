import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { GRID_CELLS } from '../../../kernel/demo/demo-grid';
import { VolunteerTeam } from '../team/volunteer-team.entity';
import { VolunteerStatus } from '../volunteer/volunteer-enums';
import type { Volunteer } from '../volunteer/volunteer.entity';

export const DEMO_TEAMS = 4;
const MEMBERS_PER_TEAM = 6;

const TEAM_NAMES = ['桃花坞文明劝导队', '大云山护学队', '天福山环境守护队', '五一社区红马甲服务队'];

/**
 * 4 teams, one for each of the first four grid cells; members are the ACTIVE volunteers preferring that cell
 * (at most six; 14 in all with the demo roster), the first of them leads.
 */
export function seedTeams(em: EntityManager, volunteers: Volunteer[]): VolunteerTeam[] {
  return TEAM_NAMES.slice(0, DEMO_TEAMS).map((name, k) => {
    const gridCode = GRID_CELLS[k].code;
    const members = volunteers.filter((v) => v.gridCode === gridCode && v.status === VolunteerStatus.ACTIVE).slice(0, MEMBERS_PER_TEAM);
    const team = em.create(VolunteerTeam, {
      id: seedId('volunteer-team', String(k)),
      name,
      gridCode,
      leaderVolunteerId: members[0].id,
    });
    members.forEach((v) => {
      v.teamId = team.id;
    });
    return team;
  });
}
