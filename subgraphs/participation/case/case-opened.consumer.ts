import type { MessageHandler } from '../../../kernel/outbox/consume';
import { recordEvent } from '../report-event/record-event';
import { ReportStatus } from '../report/report-enums';
import { Report } from '../report/report.entity';
import { canTransition } from '../report/report-transitions';

/** Topic enforcement publishes when it opens a case from a citizen report (立案). */
export const CASE_OPENED_FROM_REPORT = 'case.opened-from-report';

/**
 * Links the report to its case and, where the lifecycle allows, moves it to IN_PROGRESS with a public note.
 * Runs inside the transaction that records the message in the inbox, so it applies exactly once.
 */
export const onCaseOpenedFromReport: MessageHandler = async (scope, payload) => {
  const { reportId, caseId, caseNumber } = payload as { reportId: string; caseId: string; caseNumber: string };
  const report = await scope.em.findOne(Report, { id: reportId });
  if (!report) {
    scope.log.warn({ reportId, caseId }, 'case opened for an unknown report; ignored');
    return;
  }
  report.caseId = caseId;
  if (canTransition(report.status, ReportStatus.IN_PROGRESS)) {
    const from = report.status;
    report.status = ReportStatus.IN_PROGRESS;
    await recordEvent(scope.em, report, { from, to: ReportStatus.IN_PROGRESS, note: `已立案（案件编号 ${caseNumber}），依法处置中`, actor: 'SYSTEM' });
  }
  await scope.em.flush();
};
