import { sqlArray } from '../../../kernel/db/sql-array';
import { defineLoader } from '../../../kernel/loaders/define-loader';

export interface AssessmentFacts {
  examsTaken: number;
  latestExamScorePercent: number | null;
  latestExamPassed: boolean | null;
  drillRunsFinished: number;
  drillCriticalFailures: number;
  mentoringSignedOff: boolean;
}

interface Row {
  officer_id: string;
  exams: string;
  latest_score: string | null;
  latest_passed: boolean | null;
  drills: string;
  critical: string;
  mentored: boolean;
}

const FACTS_SQL = `
select o.officer_id,
  (select count(*) from training.exam_attempt a where a.officer_id = o.officer_id and a.status = 'GRADED'
     and a.submitted_at >= make_date(?, 1, 1) and a.submitted_at < make_date(? + 1, 1, 1)) as exams,
  l.score_percent as latest_score, l.passed as latest_passed,
  (select count(*) from training.drill_run r where r.officer_id = o.officer_id and r.status = 'FINISHED'
     and r.finished_at >= make_date(?, 1, 1) and r.finished_at < make_date(? + 1, 1, 1)) as drills,
  (select count(*) from training.drill_run r where r.officer_id = o.officer_id and r.status = 'FINISHED' and r.critical_failure
     and r.finished_at >= make_date(?, 1, 1) and r.finished_at < make_date(? + 1, 1, 1)) as critical,
  exists (select 1 from training.mentorship m where m.mentee_id = o.officer_id and m.status = 'SIGNED_OFF') as mentored
from unnest(?::uuid[]) as o(officer_id)
left join lateral (
  select a.score_percent, a.passed from training.exam_attempt a
  where a.officer_id = o.officer_id and a.status = 'GRADED'
    and a.submitted_at >= make_date(?, 1, 1) and a.submitted_at < make_date(? + 1, 1, 1)
  order by a.submitted_at desc limit 1
) l on true`;

/** Keyed `officerId|year`; one statement per distinct year in the batch. */
export const assessmentFactsByOfficerYear = defineLoader<string, AssessmentFacts>('assessmentFactsByOfficerYear', (scope) => async (keys) => {
  const byYear = new Map<number, string[]>();
  for (const key of keys) {
    const [officerId, year] = key.split('|');
    byYear.set(Number(year), [...(byYear.get(Number(year)) ?? []), officerId]);
  }
  const facts = new Map<string, AssessmentFacts>();
  for (const [year, ids] of byYear) {
    const y = [year, year, year, year, year, year];
    const rows: Row[] = await scope.em.getConnection().execute(FACTS_SQL, [...y, sqlArray(ids), year, year]);
    for (const r of rows) {
      facts.set(`${r.officer_id}|${year}`, {
        examsTaken: Number(r.exams),
        latestExamScorePercent: r.latest_score === null ? null : Number(r.latest_score),
        latestExamPassed: r.latest_passed,
        drillRunsFinished: Number(r.drills),
        drillCriticalFailures: Number(r.critical),
        mentoringSignedOff: r.mentored,
      });
    }
  }
  return keys.map((k) => facts.get(k)!);
});
