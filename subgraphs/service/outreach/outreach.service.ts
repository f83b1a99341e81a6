import type { FilterQuery } from '@mikro-orm/core';

import { NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { requireSquadOfficer, requireSquadStaff } from '../unit/squad-staff';
import { OutreachEvent } from './outreach-event.entity';
import { attendanceProblem, eventProblem } from './outreach-rules';
import type { OutreachEventsArgs, RecordOutreachAttendanceInput, ScheduleOutreachEventInput } from './outreach.inputs';

/** 宣传教育: an officer of a squad schedules events; the squad records attendance; anyone lists them. */
export class OutreachService extends BaseService {
  async schedule(input: ScheduleOutreachEventInput): Promise<{ event: OutreachEvent }> {
    this.requireRole('OFFICER', 'SUPERVISOR');
    const { officerId, unitId } = requireSquadOfficer(this.actor, 'Only an officer of a squad organises outreach');
    const problem = eventProblem(input.startsAt, input.endsAt);
    if (problem) {
      throw new ValidationError(problem.field, problem.message);
    }
    const event = this.em.create(OutreachEvent, {
      kind: input.kind,
      title: input.title.trim(),
      venue: input.venue.trim(),
      gridCode: input.gridCode,
      unitId,
      officerId,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      activityId: input.activityId ?? null,
    });
    await this.em.flush();
    return { event };
  }

  async recordAttendance(input: RecordOutreachAttendanceInput): Promise<{ event: OutreachEvent }> {
    const event = await this.em.findOne(OutreachEvent, { id: input.eventId });
    if (!event) {
      throw new NotFoundError('OutreachEvent', input.eventId, 'input.eventId');
    }
    requireSquadStaff(this.actor, event.unitId);
    const problem = attendanceProblem(event.startsAt, input.attendance, new Date());
    if (problem) {
      throw new ValidationError(problem.field, problem.message);
    }
    event.attendance = input.attendance;
    await this.em.flush();
    return { event };
  }

  list(args: OutreachEventsArgs) {
    const where: FilterQuery<OutreachEvent> = {};
    if (args.unitId) {
      where.unitId = args.unitId;
    }
    if (args.from) {
      where.startsAt = { $gte: args.from };
    }
    return paginate(this.em, OutreachEvent, args, { where, orderBy: { startsAt: 'asc', id: 'asc' }, maxPageSize: this.scope.config.limits.pageSizeMax });
  }
}
