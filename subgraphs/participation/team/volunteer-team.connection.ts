import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { VolunteerTeam } from './volunteer-team.entity';

@ObjectType({ description: '志愿者队伍列表 — a page of volunteer teams' })
export class VolunteerTeamConnection extends Connection(VolunteerTeam, '志愿者队伍') {}
