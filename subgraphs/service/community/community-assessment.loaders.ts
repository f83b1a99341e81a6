import { sqlArray } from '../../../kernel/db/sql-array';
import { defineLoader } from '../../../kernel/loaders/define-loader';
import { dualLineScore } from './community-rules';
import type { CommunityAssessment } from './community-assessment.types';

type Row = { key: string; resident_n: string; resident_avg: string | null; squad_n: string; squad_avg: string | null };

const toAssessment = (r: Row | undefined): CommunityAssessment => {
  const residentAverage = r?.resident_avg == null ? null : Math.round(Number(r.resident_avg) * 100) / 100;
  const squadAverage = r?.squad_avg == null ? null : Math.round(Number(r.squad_avg) * 100) / 100;
  return {
    residentRatings: Number(r?.resident_n ?? 0),
    residentAverage,
    squadRatings: Number(r?.squad_n ?? 0),
    squadAverage,
    score: dualLineScore(residentAverage, squadAverage),
  };
};

/** Ratings of the last 365 days grouped by `column` (post or officer), for many keys in one statement. */
function assessmentBy(column: 'post_id' | 'officer_id', name: string) {
  return defineLoader<string, CommunityAssessment>(name, (scope) => async (keys) => {
    const schema = scope.em.config.get('schema');
    const rows: Row[] = await scope.em.execute(
      `select ${column}::text as key,
              count(*) filter (where line = 'RESIDENT') as resident_n, avg(score) filter (where line = 'RESIDENT') as resident_avg,
              count(*) filter (where line = 'SQUAD') as squad_n, avg(score) filter (where line = 'SQUAD') as squad_avg
         from "${schema}".community_rating where ${column} = any(?::uuid[]) and updated_at > now() - interval '365 days' group by ${column}`,
      [sqlArray(keys)],
    );
    const byKey = new Map(rows.map((r) => [r.key, r]));
    return keys.map((k) => toAssessment(byKey.get(k)));
  });
}

export const assessmentByPost = assessmentBy('post_id', 'communityAssessmentByPost');
export const communityAssessmentByOfficer = assessmentBy('officer_id', 'communityAssessmentByOfficer');
