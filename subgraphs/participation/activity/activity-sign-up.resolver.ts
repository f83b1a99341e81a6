import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';

import { hasRole } from '../../../kernel/auth/actor';
import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Volunteer } from '../volunteer/volunteer.entity';
import { volunteerById } from '../volunteer/volunteer.loaders';
import { ActivitySignUpConnection } from './activity-sign-up.connection';
import { ActivitySignUp } from './activity-sign-up.entity';
import { laborAssignmentById, signUpsByActivity } from './activity-sign-up.loaders';
import { EnrollForLaborInLieuInput, SignUpPayload } from './activity.inputs';
import { LaborEnrolmentService } from './labor-enrolment.service';
import { LaborWithdrawal, withdrawalOf } from './labor-withdrawal';
import { Activity } from './activity.entity';
import { activityById } from './activity.loaders';
import { ActivityService } from './activity.service';

@Resolver(() => ActivitySignUp)
export class ActivitySignUpResolver {
  @Query(() => ActivitySignUpConnection, {
    description: "我的报名 — the caller's sign-ups, latest activity first",
  })
  @RequiresRoles('VOLUNTEER')
  mySignUps(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ActivityService).mySignUps(args);
  }

  @FieldResolver(() => Activity, { description: '活动 — the activity' })
  activity(@Root() s: ActivitySignUp, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(activityById).load(s.activityId);
  }

  @Mutation(() => SignUpPayload, {
    description:
      "以劳代罚代为报名 — an officer or supervisor of the case's unit signs the person the disposition names up for its session (no volunteer registration needed); the sign-up records who enrolled them",
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  enrollForLaborInLieu(@Arg('input', () => EnrollForLaborInLieuInput) input: EnrollForLaborInLieuInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(LaborEnrolmentService).enrol(input.dispositionId);
  }

  @FieldResolver(() => Volunteer, {
    nullable: true,
    description: '志愿者 — the volunteer (contact masked); null for a labor-in-lieu party who is not a registered volunteer',
  })
  volunteer(@Root() s: ActivitySignUp, @Ctx() ctx: SubgraphContext) {
    return s.volunteerId ? ctx.loaders.get(volunteerById).load(s.volunteerId) : null;
  }

  @FieldResolver(() => LaborWithdrawal, {
    nullable: true,
    description:
      '以劳代罚已撤销 — set when the disposition these hours serve was superseded or lapsed back to the fine (its hours no longer count); null while it stands and for other activities',
  })
  async laborWithdrawal(@Root() s: ActivitySignUp, @Ctx() ctx: SubgraphContext): Promise<LaborWithdrawal | null> {
    return s.dispositionId ? withdrawalOf(await ctx.loaders.get(laborAssignmentById).load(s.dispositionId)) : null;
  }
}

@Resolver(() => Activity)
export class ActivitySignUpsFieldResolver {
  @FieldResolver(() => [ActivitySignUp], {
    nullable: true,
    description: '报名名单 — sign-ups, at most the capacity (staff; an empty list for everyone else)',
  })
  async signUps(@Root() a: Activity, @Ctx() ctx: SubgraphContext): Promise<ActivitySignUp[]> {
    return hasRole(ctx.actor, 'OFFICER', 'SUPERVISOR', 'ADMIN') ? ctx.loaders.get(signUpsByActivity).load(a.id) : [];
  }
}
