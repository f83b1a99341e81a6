import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Authenticated, RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Volunteer } from '../volunteer/volunteer.entity';
import { VolunteerTeamConnection } from './volunteer-team.connection';
import { VolunteerTeam } from './volunteer-team.entity';
import { CreateVolunteerTeamInput, JoinVolunteerTeamInput, JoinVolunteerTeamPayload, VolunteerTeamPayload } from './volunteer-team.inputs';
import { volunteerTeamById } from './volunteer-team.loaders';
import { VolunteerTeamService } from './volunteer-team.service';

@Resolver(() => Volunteer)
export class VolunteerTeamResolver {
  @Mutation(() => VolunteerTeamPayload, {
    description: '组建志愿者队伍 — create a team (supervisors, administrators)',
  })
  @RequiresRoles('SUPERVISOR', 'ADMIN')
  createVolunteerTeam(
    @Arg('input', () => CreateVolunteerTeamInput)
    input: CreateVolunteerTeamInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(VolunteerTeamService).create(input);
  }

  @Mutation(() => JoinVolunteerTeamPayload, {
    description: '加入志愿者队伍 — the calling ACTIVE volunteer joins one team',
  })
  @RequiresRoles('VOLUNTEER')
  joinVolunteerTeam(@Arg('input', () => JoinVolunteerTeamInput) input: JoinVolunteerTeamInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(VolunteerTeamService).join(input);
  }

  @Query(() => VolunteerTeamConnection, {
    description: '志愿者队伍 — teams, oldest first (signed-in callers)',
  })
  @Authenticated()
  volunteerTeams(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(VolunteerTeamService).list(args);
  }

  @FieldResolver(() => VolunteerTeam, {
    nullable: true,
    description: '所属队伍 — the team, if any',
  })
  team(@Root() v: Volunteer, @Ctx() ctx: SubgraphContext) {
    return v.teamId ? ctx.loaders.get(volunteerTeamById).load(v.teamId) : null;
  }
}
