import { ValidationError } from '../../../kernel/errors/domain-error';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { requireSquadStaff } from '../unit/squad-staff';
import { VendingZoneService } from '../vending-zone/vending-zone.service';
import { shiftProblem } from './guide-shift-rules';
import { GuideShift } from './guide-shift.entity';
import type { GuideShiftsArgs, ScheduleGuideShiftInput } from './guide-shift.inputs';

const MAX_BACKDATE_DAYS = 7;

/** 摊位引导员值班: the squad schedules shifts; anyone sees a zone's shifts (who guides when). */
export class GuideShiftService extends BaseService {
  async schedule(input: ScheduleGuideShiftInput): Promise<{ shift: GuideShift }> {
    const zone = await this.scope.services.get(VendingZoneService).get(input.zoneId, 'input.zoneId');
    requireSquadStaff(this.actor, zone.unitId);
    if (input.startsAt.getTime() < Date.now() - MAX_BACKDATE_DAYS * 86_400_000) {
      throw new ValidationError('input.startsAt', `startsAt may be at most ${MAX_BACKDATE_DAYS} days ago`);
    }
    const problem = shiftProblem(zone, input.startsAt, input.endsAt);
    if (problem) {
      throw new ValidationError(problem.field, problem.message);
    }
    if (input.volunteersNeeded > 0 && !input.activityId) {
      throw new ValidationError('input.activityId', 'name the volunteer activity volunteers sign up for when volunteersNeeded > 0');
    }
    const shift = this.em.create(GuideShift, {
      zoneId: zone.id,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      guideOfficerId: input.guideOfficerId ?? null,
      volunteersNeeded: input.volunteersNeeded,
      activityId: input.activityId ?? null,
      scheduledBy: this.actor.subject!,
    });
    await this.em.flush();
    return { shift };
  }

  async list(args: GuideShiftsArgs) {
    await this.scope.services.get(VendingZoneService).get(args.zoneId, 'zoneId');
    return paginate(this.em, GuideShift, args, {
      where: { zoneId: args.zoneId, endsAt: { $gt: args.from ?? new Date() } },
      orderBy: { startsAt: 'asc', id: 'asc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }
}
