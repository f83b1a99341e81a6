import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Activity } from '../activity/activity.stub';
import { Officer } from '../officer/officer.stub';
import { VendingZone } from '../vending-zone/vending-zone.entity';
import { VendingZoneService } from '../vending-zone/vending-zone.service';
import { GuideShift } from './guide-shift.entity';
import { GuideShiftConnection, GuideShiftsArgs, ScheduleGuideShiftInput, ScheduleGuideShiftPayload } from './guide-shift.inputs';
import { GuideShiftService } from './guide-shift.service';

@Resolver(() => GuideShift)
export class GuideShiftResolver {
  @Mutation(() => ScheduleGuideShiftPayload, {
    description: "安排引导员值班 — schedule a stall guide shift inside the zone's opening hours (staff of the squad, ADMIN)",
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  scheduleGuideShift(@Arg('input', () => ScheduleGuideShiftInput) input: ScheduleGuideShiftInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(GuideShiftService).schedule(input);
  }

  @Query(() => GuideShiftConnection, { description: "引导员值班表 — a zone's current and upcoming guide shifts, earliest first (public)" })
  guideShifts(@Args(() => GuideShiftsArgs) args: GuideShiftsArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(GuideShiftService).list(args);
  }

  @FieldResolver(() => VendingZone, { description: '疏导点 — the zone' })
  zone(@Root() shift: GuideShift, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(VendingZoneService).get(shift.zoneId);
  }

  @FieldResolver(() => Officer, { nullable: true, description: '引导员 — the officer on duty; null when volunteers alone staff it' })
  guide(@Root() shift: GuideShift): Officer | null {
    return shift.guideOfficerId ? { id: shift.guideOfficerId } : null;
  }

  @FieldResolver(() => Activity, {
    nullable: true,
    description: '志愿活动 — the participation activity volunteers sign up for (places and sign-ups from participation)',
  })
  activity(@Root() shift: GuideShift): Activity | null {
    return shift.activityId ? { id: shift.activityId } : null;
  }
}
