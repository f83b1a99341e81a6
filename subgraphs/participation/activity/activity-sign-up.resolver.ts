import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { hasRole } from '../../../kernel/auth/actor';
import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Volunteer } from '../volunteer/volunteer.entity';
import { volunteerById } from '../volunteer/volunteer.loaders';
import { ActivitySignUpConnection } from './activity-sign-up.connection';
import { ActivitySignUp } from './activity-sign-up.entity';
import { signUpsByActivity } from './activity-sign-up.loaders';
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

  @FieldResolver(() => Volunteer, { description: '志愿者 — the volunteer (contact masked)' })
  volunteer(@Root() s: ActivitySignUp, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(volunteerById).load(s.volunteerId);
  }
}

@Resolver(() => Activity)
export class ActivitySignUpsFieldResolver {
  @FieldResolver(() => [ActivitySignUp], {
    nullable: true,
    description: '报名名单 — sign-ups, at most the capacity (staff; an empty list for everyone else)',
  })
  async signUps(@Root() a: Activity, @Ctx() ctx: SubgraphContext): Promise<ActivitySignUp[]> {
    return hasRole(ctx.actor, 'OFFICER', 'SUPERVISOR', 'ADMIN')
      ? ctx.loaders.get(signUpsByActivity).load(a.id)
      : [];
  }
}
