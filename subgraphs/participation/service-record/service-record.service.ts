import { NotFoundError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { HoursStatus } from '../activity/activity-enums';
import { ActivitySignUp } from '../activity/activity-sign-up.entity';
import { Activity } from '../activity/activity.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { beijingDate, DEFAULT_ORGANIZER, SERVICE_RECORD_MAX_ENTRIES, serviceRecordCsv } from './service-record-csv';
import type { ServiceRecordLine } from './service-record-csv';
import type { ServiceRecord } from './service-record.types';

/** 志愿服务记录: the caller's approved service, as the volunteer-service regulations expect it to be issued. */
export class ServiceRecordService extends BaseService {
  async mine(): Promise<ServiceRecord> {
    this.requireRole('VOLUNTEER');
    const me = await this.em.findOne(Volunteer, {
      subject: this.actor.subject!,
    });
    if (!me) {
      throw new NotFoundError('Volunteer', this.actor.subject ?? '');
    }
    const signUps = await this.em.find(
      ActivitySignUp,
      { volunteerId: me.id, hoursStatus: HoursStatus.APPROVED },
      {
        orderBy: { startsAt: 'desc', id: 'desc' },
        limit: SERVICE_RECORD_MAX_ENTRIES + 1,
      },
    );
    const truncated = signUps.length > SERVICE_RECORD_MAX_ENTRIES;
    const listed = signUps.slice(0, SERVICE_RECORD_MAX_ENTRIES);
    const activities = await this.em.find(Activity, {
      id: { $in: listed.map((s) => s.activityId) },
    });
    const byId = new Map(activities.map((a) => [a.id, a]));
    const entries: ServiceRecordLine[] = listed.map((s) => {
      const a = byId.get(s.activityId)!;
      return {
        organizer: DEFAULT_ORGANIZER,
        activityTitle: a.title,
        kind: a.kind,
        date: beijingDate(s.startsAt),
        hours: s.hours ?? 0,
      };
    });
    const totalHours = entries.reduce((sum, e) => sum + e.hours, 0);
    return {
      volunteerName: me.name,
      entries,
      totalHours,
      entryCount: entries.length,
      truncated,
      csv: serviceRecordCsv(me.name, entries, totalHours),
    };
  }
}
