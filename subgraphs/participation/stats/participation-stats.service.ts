import { ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import type { ReportStatus } from '../report/report-enums';
import type { ParticipationStats, PeriodInput } from './participation-stats.types';

const MAX_PERIOD_DAYS = 366;
const round = (x: number | string | null, digits: number) =>
  x === null ? null : Math.round(Number(x) * 10 ** digits) / 10 ** digits;

interface Row {
  all_count: string;
  original_count: string;
  duplicate_count: string;
  valid_count: string;
  resolved_count: string;
  avg_response_seconds: string | null;
  avg_rating: string | null;
  rating_count: string;
  by_status: Record<string, number> | null;
}

/** KPIs of citizen reports, computed in one SQL statement. */
export class ParticipationStatsService extends BaseService {
  async stats(period: PeriodInput, gridCode: string | null): Promise<ParticipationStats> {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    if (!(period.to.getTime() > period.from.getTime())) {
      throw new ValidationError('period.to', 'to must be after from');
    }
    if (period.to.getTime() - period.from.getTime() > MAX_PERIOD_DAYS * 86_400_000) {
      throw new ValidationError('period.to', `A period spans at most ${MAX_PERIOD_DAYS} days`);
    }
    const table = `"${this.em.config.get('schema')}"."report"`;
    const [row] = await this.readConnection().execute<Row[]>(
      `with r as (
         select * from ${table}
          where submitted_at >= ? and submitted_at < ? and (?::text is null or grid_code = ?::text)
       ), o as (select * from r where duplicate_of_id is null)
       select
         (select count(*) from r) as all_count,
         (select count(*) from o) as original_count,
         (select count(*) from r where duplicate_of_id is not null) as duplicate_count,
         (select count(*) from o where status <> 'REJECTED') as valid_count,
         (select count(*) from o where status in ('RESOLVED', 'CLOSED')) as resolved_count,
         (select avg(extract(epoch from first_response_at - submitted_at)) from o where first_response_at is not null)
           as avg_response_seconds,
         (select avg(rating) from o where rating is not null) as avg_rating,
         (select count(*) from o where rating is not null) as rating_count,
         (select json_object_agg(status, n) from (select status, count(*) as n from o group by status) s) as by_status`,
      [period.from, period.to, gridCode, gridCode],
    );
    const r = row!;
    const all = Number(r.all_count);
    const valid = Number(r.valid_count);
    return {
      reportCount: Number(r.original_count),
      duplicateCount: Number(r.duplicate_count),
      byStatus: Object.entries(r.by_status ?? {})
        .map(([status, count]) => ({ status: status as ReportStatus, count: Number(count) }))
        .sort((a, b) => a.status.localeCompare(b.status)),
      averageFirstResponseHours: round(
        r.avg_response_seconds === null ? null : Number(r.avg_response_seconds) / 3600,
        2,
      ),
      resolutionRate: valid === 0 ? null : round(Number(r.resolved_count) / valid, 4),
      validReportShare: all === 0 ? null : round(valid / all, 4),
      averageRating: round(r.avg_rating, 2),
      ratingCount: Number(r.rating_count),
    };
  }
}
