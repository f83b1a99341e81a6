import { ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { ReportStatus } from '../report/report-enums';
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
  [status: `status_${string}`]: string;
}

const STATUSES = Object.values(ReportStatus);

/**
 * One pass over the period's reports on a covering index ((submitted_at, id) or (grid_code, submitted_at), both
 * including every column read here): the figures of originals are filters on `duplicate_of_id is null`.
 */
export function participationStatsSql(table: string, byGrid: boolean): string {
  const o = 'duplicate_of_id is null';
  return `select count(*) as all_count,
         count(*) filter (where ${o}) as original_count,
         count(*) filter (where duplicate_of_id is not null) as duplicate_count,
         count(*) filter (where ${o} and status <> 'REJECTED') as valid_count,
         count(*) filter (where ${o} and status in ('RESOLVED', 'CLOSED')) as resolved_count,
         avg(extract(epoch from first_response_at - submitted_at)) filter (where ${o} and first_response_at is not null) as avg_response_seconds,
         avg(rating) filter (where ${o} and rating is not null) as avg_rating,
         count(*) filter (where ${o} and rating is not null) as rating_count,
         ${STATUSES.map((st) => `count(*) filter (where ${o} and status = '${st}') as "status_${st}"`).join(',\n         ')}
    from ${table}
   where submitted_at >= ? and submitted_at < ?${byGrid ? ' and grid_code = ?' : ''}`;
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
    const [row] = await this.em.execute<Row[]>(
      participationStatsSql(table, gridCode !== null),
      gridCode === null ? [period.from, period.to] : [period.from, period.to, gridCode],
    );
    const r = row!;
    const all = Number(r.all_count);
    const valid = Number(r.valid_count);
    return {
      reportCount: Number(r.original_count),
      duplicateCount: Number(r.duplicate_count),
      byStatus: STATUSES.map((status) => ({ status, count: Number(r[`status_${status}`]) }))
        .filter((b) => b.count > 0)
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
