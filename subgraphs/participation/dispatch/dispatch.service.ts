import { LockMode } from '@mikro-orm/core';

import { BaseService } from '../../../kernel/services/base.service';
import { recordEvent } from '../report-event/record-event';
import { ReportStatus } from '../report/report-enums';
import { Report } from '../report/report.entity';
import type { GridLocation, GridLocator } from './grid-locator';

/** Reports taken per run, oldest first. */
export const DISPATCH_BATCH_SIZE = 50;
const PARALLEL_LOOKUPS = 10;

export interface DispatchResult {
  /** Moved to DISPATCHED with a grid cell (and its officer, when the cell has one). */
  dispatched: number;
  /** Outside every grid cell: flagged needsManualTriage, still SUBMITTED. */
  flagged: number;
  /** Left untouched for the next run because the locator failed. */
  deferred: number;
}

/** 自动派遣: routes new reports to the grid cell containing them and its responsible officer. */
export class DispatchService extends BaseService {
  async dispatchPending(locator: GridLocator, batchSize = DISPATCH_BATCH_SIZE): Promise<DispatchResult> {
    const pending = await this.em.find(
      Report,
      { status: ReportStatus.SUBMITTED, gridCode: null, needsManualTriage: false },
      { orderBy: { submittedAt: 'asc', id: 'asc' }, limit: batchSize },
    );
    if (pending.length === 0) {
      return { dispatched: 0, flagged: 0, deferred: 0 };
    }
    let located: Map<string, GridLocation | null>;
    try {
      located = await this.locateAll(locator, pending);
    } catch (err) {
      this.scope.log.warn({ err, pending: pending.length }, 'report dispatch deferred: grid locator failed');
      return { dispatched: 0, flagged: 0, deferred: pending.length };
    }
    return this.apply(located);
  }

  /** Looks every report up before changing anything: one failure leaves the whole batch for the next run. */
  private async locateAll(locator: GridLocator, reports: Report[]): Promise<Map<string, GridLocation | null>> {
    const out = new Map<string, GridLocation | null>();
    for (let i = 0; i < reports.length; i += PARALLEL_LOOKUPS) {
      const chunk = reports.slice(i, i + PARALLEL_LOOKUPS);
      const results = await Promise.all(chunk.map((r) => locator.locate(r.lat, r.lng)));
      chunk.forEach((r, j) => out.set(r.id, results[j] ?? null));
    }
    return out;
  }

  /** One transaction; rows another run holds or already handled are skipped. */
  private apply(located: Map<string, GridLocation | null>): Promise<DispatchResult> {
    return this.em.transactional(async (em) => {
      const rows = await em.find(
        Report,
        {
          id: { $in: [...located.keys()] },
          status: ReportStatus.SUBMITTED,
          gridCode: null,
          needsManualTriage: false,
        },
        { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
      );
      const result: DispatchResult = { dispatched: 0, flagged: 0, deferred: 0 };
      const now = new Date();
      for (const report of rows) {
        const cell = located.get(report.id);
        if (!cell) {
          report.needsManualTriage = true;
          result.flagged += 1;
          continue;
        }
        const note = `系统自动派遣至网格 ${cell.gridCode}${cell.officerId ? '' : '（该网格暂无责任网格员，待中队指派）'}`;
        await recordEvent(em, report, {
          from: report.status,
          to: ReportStatus.DISPATCHED,
          note,
          actor: 'SYSTEM',
          at: now,
        });
        report.gridCode = cell.gridCode;
        report.assignedOfficerId = cell.officerId;
        report.unitId = cell.unitId ?? null;
        report.status = ReportStatus.DISPATCHED;
        result.dispatched += 1;
      }
      return result;
    });
  }
}
