import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Activity } from '../activity/activity.stub';
import { GridCell } from '../grid-cell/grid-cell.stub';
import { Officer } from '../officer/officer.stub';
import { Unit } from '../unit/unit.stub';
import { OutreachEvent } from './outreach-event.entity';
import {
  OutreachEventConnection,
  OutreachEventPayload,
  OutreachEventsArgs,
  RecordOutreachAttendanceInput,
  ScheduleOutreachEventInput,
} from './outreach.inputs';
import { OutreachService } from './outreach.service';

@Resolver(() => OutreachEvent)
export class OutreachEventResolver {
  @Mutation(() => OutreachEventPayload, {
    description: '安排宣传教育活动 — an officer of a squad schedules a talk, class, briefing or open day (OFFICER, SUPERVISOR)',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR')
  scheduleOutreachEvent(@Arg('input', () => ScheduleOutreachEventInput) input: ScheduleOutreachEventInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(OutreachService).schedule(input);
  }

  @Mutation(() => OutreachEventPayload, { description: '登记参加人数 — record attendance once the event has started (staff of the organising squad, ADMIN)' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  recordOutreachAttendance(@Arg('input', () => RecordOutreachAttendanceInput) input: RecordOutreachAttendanceInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(OutreachService).recordAttendance(input);
  }

  @Query(() => OutreachEventConnection, { description: '宣传教育活动 — outreach events, earliest first (public: citizens and schools see what is on)' })
  outreachEvents(@Args(() => OutreachEventsArgs) args: OutreachEventsArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(OutreachService).list(args);
  }

  @FieldResolver(() => Officer, { description: '主讲队员 — the organising officer' })
  officer(@Root() event: OutreachEvent): Officer {
    return { id: event.officerId };
  }

  @FieldResolver(() => Unit, { description: '组织中队 — the organising squad' })
  unit(@Root() event: OutreachEvent): Unit {
    return { id: event.unitId };
  }

  @FieldResolver(() => GridCell, { description: '网格 — where it takes place' })
  grid(@Root() event: OutreachEvent): GridCell {
    return { code: event.gridCode };
  }

  @FieldResolver(() => Activity, { nullable: true, description: '志愿活动 — the participation activity volunteers sign up for to help; null when none' })
  activity(@Root() event: OutreachEvent): Activity | null {
    return event.activityId ? { id: event.activityId } : null;
  }
}
