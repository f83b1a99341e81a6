import { IsUUID, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

import { Volunteer } from '../volunteer/volunteer.entity';
import { VolunteerTeam } from './volunteer-team.entity';

@InputType({
  description: '组建队伍 — create a volunteer team (supervisors, administrators)',
})
export class CreateVolunteerTeamInput {
  @Field(() => String, { description: '队伍名称 — 2–50 characters, unique' })
  @Length(2, 50)
  name!: string;

  @Field(() => ID, { description: '网格编码 — grid cell the team serves' })
  @Length(2, 20)
  gridCode!: string;

  @Field(() => ID, {
    description: '队长 — an ACTIVE volunteer not in another team; joins the team',
  })
  @IsUUID()
  leaderVolunteerId!: string;
}

@InputType({ description: '加入队伍 — the calling volunteer joins a team' })
export class JoinVolunteerTeamInput {
  @Field(() => ID, { description: 'Team id' })
  @IsUUID()
  teamId!: string;
}

@ObjectType({ description: 'Result of createVolunteerTeam' })
export class VolunteerTeamPayload {
  @Field(() => VolunteerTeam, { description: 'The team' })
  team!: VolunteerTeam;
}

@ObjectType({ description: 'Result of joinVolunteerTeam' })
export class JoinVolunteerTeamPayload {
  @Field(() => Volunteer, { description: 'The volunteer, now a member' })
  volunteer!: Volunteer;
}
