import type { Client } from 'pg';

import type { ScalePlan } from './scale-plan';
import type { ScaleOfficer } from './seed-enforcement-scale';

const CATEGORIES = [
  'LAW_AND_REGULATION',
  'COMMUNICATION',
  'SERVICE_MINDSET',
  'FLEXIBLE_ENFORCEMENT',
  'EMERGENCY_HANDLING',
  'DOCUMENT_WRITING',
  'DIGITAL_TOOLS',
];

/** The roster's training profiles, hours per year since hiring (2017 →), induction enrolments and graded exam attempts. */
export async function seedTrainingScale(db: Client, plan: ScalePlan, officers: ScaleOfficer[]): Promise<void> {
  await db.query(`set search_path to training, public`);
  await db.query(`select setseed(0.23)`);
  await db.query('begin');
  await db.query(`drop table if exists s_officer`);
  await db.query(`create temp table s_officer as select * from unnest($1::uuid[], $2::uuid[], $3::date[]) as o(officer_id, unit_id, hired_on)`, [
    officers.map((o) => o.id),
    officers.map((o) => o.unitId),
    officers.map((o) => o.hiredOn),
  ]);
  await db.query(`
    insert into training_profile (id, created_at, updated_at, officer_id, unit_id, hired_on)
    select pg_temp.seed_uuid(), now(), now(), officer_id, unit_id, hired_on from s_officer`);
  const thisYear = plan.to.getUTCFullYear();
  // 1–5 entries per officer and year; most officers reach 40 h, a long tail does not
  await db.query(
    `insert into training_hours_entry (id, created_at, updated_at, officer_id, year, hours, category, cause, note, recorded_by)
     select pg_temp.seed_uuid(), make_timestamptz(y, 1 + e * 2, 10, 2, 0, 0, 'UTC'), make_timestamptz(y, 1 + e * 2, 10, 2, 0, 0, 'UTC'), o.officer_id, y,
            round((4 + random() * 14)::numeric, 1), ($1::text[])[1 + floor(random() * ${CATEGORIES.length})::int]::course_category,
            (case when random() < 0.85 then 'COURSE_COMPLETION' else 'EXTERNAL_TRAINING' end)::hours_cause, '年度培训学时', 'system'
       from s_officer o
       cross join generate_series(greatest(2017, extract(year from o.hired_on)::int), $2::int) y
       cross join generate_series(0, 4) e
      where e < 1 + floor(random() * 5)`,
    [CATEGORIES, thisYear],
  );
  await db.query(
    `insert into enrollment (id, created_at, updated_at, officer_id, course_id, status, due_on, assigned_by, started_at, completed_at)
     select pg_temp.seed_uuid(), o.hired_on::timestamptz, o.hired_on::timestamptz, o.officer_id, c.id,
            (case when random() < 0.9 then 'COMPLETED' else 'ASSIGNED' end)::enrollment_status, o.hired_on + 30, 'system',
            o.hired_on::timestamptz + interval '3 days', o.hired_on::timestamptz + interval '20 days'
       from s_officer o join course c on c.code = 'NEW-001'
      where o.hired_on >= make_date($1::int - 2, 1, 1)
     on conflict do nothing`,
    [thisYear],
  );
  await db.query(`update enrollment set completed_at = null where status <> 'COMPLETED' and officer_id in (select officer_id from s_officer)`);
  // graded attempts: 1..max_attempts per officer and published exam
  await db.query(`
    insert into exam_attempt (id, created_at, updated_at, exam_id, officer_id, attempt_no, status, started_at, deadline, submitted_at, expired, score_percent, passed)
    select pg_temp.seed_uuid(), a.started, a.started, a.exam_id, a.officer_id, a.n, 'GRADED', a.started, a.started + a.time_limit_minutes * interval '1 minute',
           a.started + a.time_limit_minutes * interval '40 seconds', false, a.score, a.score >= a.pass_mark_percent
      from (select e.id as exam_id, e.time_limit_minutes, e.pass_mark_percent, o.officer_id, n,
                   date_trunc('milliseconds', e.available_from + (n * 7 + random() * 5) * interval '1 day') as started, round((45 + random() * 55)::numeric, 1) as score
              from s_officer o cross join exam e cross join generate_series(1, e.max_attempts) n
             where e.published and n <= 1 + floor(random() * e.max_attempts)) a`);
  await db.query('commit');
  plan.log(`training: ${officers.length} profiles with hours, induction enrolments and exam attempts`);
}
