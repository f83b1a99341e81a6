import { defineLoader } from '../../../kernel/loaders/define-loader';
import type { Supply } from './exam-readiness';

/** Question supply per `topic|difficulty`: one grouped statement per batch. */
export const questionSupplyByPool = defineLoader<string, Supply>('questionSupplyByPool', (scope) => async (keys) => {
  const pairs = keys.map((k) => k.split('|'));
  const rows = await scope.em.getConnection().execute<{ k: string; available: number; under_review: number }[]>(
    `select q.topic || '|' || q.difficulty as k, count(*) filter (where not q.needs_review)::int as available,
            count(*) filter (where q.needs_review)::int as under_review
       from training.question q where (q.topic, q.difficulty::text) in (${pairs.map(() => '(?, ?)').join(', ')}) group by 1`,
    pairs.flat(),
  );
  const byKey = new Map(rows.map((r) => [r.k, { available: r.available, underReview: r.under_review }]));
  return keys.map((k) => byKey.get(k) ?? { available: 0, underReview: 0 });
});

/** Of the given FIXED-paper question ids, how many need review (one statement per batch of exams). */
export const flaggedCountByPaper = defineLoader<string, number>('flaggedCountByPaper', (scope) => async (keys) => {
  const ids = [...new Set(keys.flatMap((k) => k.split(',')).filter(Boolean))];
  const flagged = new Set(
    (
      await scope.em
        .getConnection()
        .execute<{ id: string }[]>(`select id from training.question where needs_review and id in (${ids.map(() => '?').join(', ') || 'null'})`, ids)
    ).map((r) => r.id),
  );
  return keys.map((k) => k.split(',').filter((id) => flagged.has(id)).length);
});
