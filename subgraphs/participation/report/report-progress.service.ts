import type { LiveEvent } from '../../../kernel/live/publish-live';
import { NotFoundError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { REPORT_PROGRESS } from './report-progress';
import { Report } from './report.entity';
import { ReportService } from './report.service';

/**
 * 处理进度实时推送: the public progress of one report, live. Whoever holds the tracking code may follow it, as
 * with `trackReport` (the code is the reporter's receipt); each step of the report's timeline is one event.
 */
export class ReportProgressService extends BaseService {
  /** The steps of the report with this tracking code, from now on; an unknown code answers NOT_FOUND. */
  async follow(trackingCode: string): Promise<AsyncIterable<LiveEvent>> {
    const report = await this.scope.services.get(ReportService).track(trackingCode);
    return this.scope.live.subscribe(REPORT_PROGRESS, report.id);
  }

  /** The report as `trackReport` shows it, read when the step is announced (after its commit). */
  async current(event: LiveEvent): Promise<Report> {
    const report = await this.em.findOne(Report, { id: event.key });
    if (!report) {
      throw new NotFoundError('Report', event.key, 'trackingCode');
    }
    return report;
  }
}
