import { leanFindIn } from '../../../kernel/db/lean-find';
import { defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { ReportEvent } from './report-event.entity';

/** Timeline of many reports in one statement, oldest step first. */
export const eventsByReport = defineLoader<string, ReportEvent[]>('eventsByReport', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, ReportEvent, 'reportId', ids, [
    ['occurredAt', 'asc'],
    ['createdAt', 'asc'],
    ['id', 'asc'],
  ]);
  return groupByKeys(ids, rows, (e) => e.reportId);
});
