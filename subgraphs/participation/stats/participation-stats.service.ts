import { ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { splitIntoChinaDays } from '../../../kernel/time/china-time';
import { ReportStatus } from '../report/report-enums';
import type { ParticipationStats, PeriodInput } from './participation-stats.types';

const MAX_PERIOD_DAYS = 366;
const round = (x: number | string | null, digits: number) => (x === null ? null : Math.round(Number(x) * 10 ** digits) / 10 ** digits);

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

const COUNTS = ['all_count', 'original_count', 'duplicate_count', 'valid_count', 'resolved_count', 'response_n', 'rating_n'];

/**
 * The period's whole China-time days summed from the trigger-kept `report_day_stats`, its partial edge days counted
 * from `report` on the covering (submitted_at, id) / (grid_code, submitted_at) indexes. Averages are sum / count
 * over the same rows avg() would read, so the figures are exact. Bindings: participationStatsParams.
 */
export function participationStatsSql(schema: string, byGrid: boolean): string {
  const o = 'duplicate_of_id is null';
  const edge = `((r.submitted_at >= p.e1_from and r.submitted_at < p.e1_to) or (r.submitted_at >= p.e2_from and r.submitted_at < p.e2_to))${byGrid ? ' and r.grid_code = p.grid' : ''}`;
  const status = (st: string) => `status_${st.toLowerCase()}`;
  const sum = (c: string) => `coalesce(raw.${c}, 0) + roll.${c}`;
  return `with p as (
    select ?::timestamptz as e1_from, ?::timestamptz as e1_to, ?::timestamptz as e2_from, ?::timestamptz as e2_to, ?::date as d1, ?::date as d2, ?::text as grid
  ), roll as (
    select ${[...COUNTS, ...STATUSES.map(status), 'response_seconds', 'rating_sum'].map((c) => `coalesce(sum(s.${c}), 0) as ${c}`).join(', ')}
      from "${schema}".report_day_stats s, p where s.day >= p.d1 and s.day < p.d2${byGrid ? ' and s.grid_code = p.grid' : ''}
  ), raw as (
    select count(*) as all_count,
           count(*) filter (where ${o}) as original_count,
           count(*) filter (where duplicate_of_id is not null) as duplicate_count,
           count(*) filter (where ${o} and status <> 'REJECTED') as valid_count,
           count(*) filter (where ${o} and status in ('RESOLVED', 'CLOSED')) as resolved_count,
           count(*) filter (where ${o} and first_response_at is not null) as response_n,
           sum(extract(epoch from first_response_at - submitted_at)) filter (where ${o} and first_response_at is not null) as response_seconds,
           count(*) filter (where ${o} and rating is not null) as rating_n,
           sum(rating::numeric) filter (where ${o} and rating is not null) as rating_sum,
           ${STATUSES.map((st) => `count(*) filter (where ${o} and status = '${st}') as ${status(st)}`).join(', ')}
      from "${schema}".report r, p where ${edge}
  )
  select ${['all_count', 'original_count', 'duplicate_count', 'valid_count', 'resolved_count'].map((c) => `${sum(c)} as ${c}`).join(', ')},
         (${sum('response_seconds')}) / nullif(${sum('response_n')}, 0) as avg_response_seconds,
         (${sum('rating_sum')}) / nullif(${sum('rating_n')}, 0) as avg_rating,
         ${sum('rating_n')} as rating_count,
         ${STATUSES.map((st) => `${sum(status(st))} as "status_${st}"`).join(', ')}
    from roll, raw`;
}

/** The bindings of participationStatsSql, in order. */
export function participationStatsParams(from: Date, to: Date, gridCode: string | null): unknown[] {
  const { days, edges } = splitIntoChinaDays(from, to);
  return [...edges.flat(), days?.[0] ?? null, days?.[1] ?? null, gridCode];
}

/** KPIs of citizen reports, computed in one SQL statement (whole days from the roll-up, edge days from the rows). */
export class ParticipationStatsService extends BaseService {
  async stats(period: PeriodInput, gridCode: string | null): Promise<ParticipationStats> {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    if (!(period.to.getTime() > period.from.getTime())) {
      throw new ValidationError('period.to', 'to must be after from');
    }
    if (period.to.getTime() - period.from.getTime() > MAX_PERIOD_DAYS * 86_400_000) {
      throw new ValidationError('period.to', `A period spans at most ${MAX_PERIOD_DAYS} days`);
    }
    const [row] = await this.readConnection().execute<Row[]>(
      participationStatsSql(this.em.config.get('schema') ?? 'participation', gridCode !== null),
      participationStatsParams(period.from, period.to, gridCode),
    );
    const r = row;
    const all = Number(r.all_count);
    const valid = Number(r.valid_count);
    return {
      reportCount: Number(r.original_count),
      duplicateCount: Number(r.duplicate_count),
      byStatus: STATUSES.map((status) => ({ status, count: Number(r[`status_${status}`]) }))
        .filter((b) => b.count > 0)
        .sort((a, b) => a.status.localeCompare(b.status)),
      averageFirstResponseHours: round(r.avg_response_seconds === null ? null : Number(r.avg_response_seconds) / 3600, 2),
      resolutionRate: valid === 0 ? null : round(Number(r.resolved_count) / valid, 4),
      validReportShare: all === 0 ? null : round(valid / all, 4),
      averageRating: round(r.avg_rating, 2),
      ratingCount: Number(r.rating_count),
    };
  }
}
