import { defineLoader } from '../../../kernel/loaders/define-loader';
import type { FeedbackSummary } from './feedback.inputs';

/** Feedback counts of many officers in one statement. */
export const feedbackSummaryByOfficer = defineLoader<string, FeedbackSummary>('feedbackSummaryByOfficer', (scope) => async (ids) => {
  const rows = await scope.em.execute<
    {
      officer_id: string;
      praise: string;
      complaints: string;
      substantiated: string;
      pending: string;
      observer: string;
    }[]
  >(
    `select officer_id,
            count(*) filter (where kind = 'PRAISE') as praise,
            count(*) filter (where kind = 'COMPLAINT') as complaints,
            count(*) filter (where kind = 'COMPLAINT' and status = 'SUBSTANTIATED') as substantiated,
            count(*) filter (where kind = 'COMPLAINT' and status = 'RECEIVED') as pending,
            count(*) filter (where from_observer) as observer
       from "${scope.em.config.get('schema')}"."officer_feedback" where officer_id in (?) group by officer_id`,
    [[...ids]],
  );
  const byId = new Map(rows.map((r) => [r.officer_id, r]));
  return ids.map((id) => {
    const r = byId.get(id);
    return {
      praiseCount: Number(r?.praise ?? 0),
      complaintCount: Number(r?.complaints ?? 0),
      substantiatedComplaintCount: Number(r?.substantiated ?? 0),
      pendingComplaintCount: Number(r?.pending ?? 0),
      observerReportCount: Number(r?.observer ?? 0),
    };
  });
});
