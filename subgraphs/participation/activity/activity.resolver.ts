import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Authenticated, RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { GridCell } from '../grid-cell/grid-cell.stub';
import { ActivityAttendanceService } from './activity-attendance.service';
import { ActivityConnection } from './activity.connection';
import { Activity } from './activity.entity';
import {
  ActivityFilter,
  ActivityPayload,
  AttendanceInput,
  CreateActivityInput,
  ReviewVolunteerHoursInput,
  SignUpForActivityInput,
  SignUpPayload,
} from './activity.inputs';
import { ActivityService } from './activity.service';

@Resolver(() => Activity)
export class ActivityResolver {
  @Query(() => ActivityConnection, { description: '志愿活动 — activities by start time (public)' })
  activities(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ActivityFilter, { nullable: true }) filter: ActivityFilter | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(ActivityService).list(args, filter ?? {});
  }

  @Query(() => Activity, { description: '志愿活动 — one activity (public)' })
  activity(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ActivityService).get(id);
  }

  @Mutation(() => ActivityPayload, { description: '发布志愿活动 — publish an activity (staff)' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  createActivity(@Arg('input', () => CreateActivityInput) input: CreateActivityInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ActivityService).create(input);
  }

  @Mutation(() => SignUpPayload, {
    description: '活动报名 — an active volunteer takes a place (refused when full or overlapping)',
  })
  @RequiresRoles('VOLUNTEER')
  signUpForActivity(@Arg('input', () => SignUpForActivityInput) input: SignUpForActivityInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ActivityService).signUp(input.activityId, input.dispositionId);
  }

  @Mutation(() => SignUpPayload, { description: '签到 — check in (the volunteer or an officer)' })
  @Authenticated()
  checkInToActivity(@Arg('input', () => AttendanceInput) input: AttendanceInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ActivityAttendanceService).checkIn(input.signUpId);
  }

  @Mutation(() => SignUpPayload, { description: '签退 — check out; hours go to review' })
  @Authenticated()
  checkOutOfActivity(@Arg('input', () => AttendanceInput) input: AttendanceInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ActivityAttendanceService).checkOut(input.signUpId);
  }

  @Mutation(() => SignUpPayload, {
    description: '时长审核 — approve (10 points per hour) or decline hours (staff)',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  reviewVolunteerHours(@Arg('input', () => ReviewVolunteerHoursInput) input: ReviewVolunteerHoursInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ActivityAttendanceService).review(input);
  }

  @FieldResolver(() => GridCell, { description: '所在网格 — grid cell where it takes place' })
  grid(@Root() activity: Activity): GridCell {
    return { code: activity.gridCode };
  }
}
