/**
 * The scale data set (issue 8): a realistic ten-year history loaded by set-based SQL into each subgraph's own
 * schema. Kernel-free apart from pure helpers, so the benchmark and the tests can call it on any database URL.
 */
import { Client } from 'pg';

import { scalePlan } from './scale-plan';
import type { ScaleOptions } from './scale-plan';
import { seedEnforcementScale } from './seed-enforcement-scale';
import { seedParticipationScale } from './seed-participation-scale';
import { seedTrainingScale } from './seed-training-scale';

export { LONG_TIMELINE_CASE_ID, LONG_TIMELINE_EVENTS } from './scale-plan';
export type { ScaleOptions } from './scale-plan';

export interface ScaleSummary {
  cases: number;
  reports: number;
  officers: number;
  parties: number;
  seconds: number;
}

/** Loads the scale data set into an already migrated (and usually demo-seeded) database. */
export async function seedScale(databaseUrl: string, options: ScaleOptions): Promise<ScaleSummary> {
  const started = Date.now();
  const plan = scalePlan(options);
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const log = (line: string) => plan.log(`[seed:scale ${elapsed()}] ${line}`);
  const tracked = { ...plan, log };
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(`set statement_timeout = 0; set work_mem = '64MB'; set synchronous_commit = off`);
    // time-ordered ids (PostgreSQL 18's uuidv7) append to the primary-key indexes instead of writing all over them
    const v7 = (await db.query<{ v7: boolean }>(`select current_setting('server_version_num')::int >= 180000 as v7`)).rows[0].v7;
    await db.query(`create function pg_temp.seed_uuid() returns uuid language sql volatile as 'select ${v7 ? 'uuidv7()' : 'gen_random_uuid()'}'`);
    const roster = await seedEnforcementScale(db, tracked);
    await seedParticipationScale(db, tracked, roster);
    await seedTrainingScale(db, tracked, roster.officers);
    for (const schema of ['enforcement', 'participation', 'training']) {
      await db.query(`vacuum (analyze) ${await tables(db, schema)}`);
      log(`${schema}: vacuum analyze done`);
    }
    log('done');
    return { cases: plan.cases, reports: plan.reports, officers: plan.officers, parties: 2 * plan.parties, seconds: (Date.now() - started) / 1000 };
  } finally {
    await db.end();
  }
}

async function tables(db: Client, schema: string): Promise<string> {
  const rows = await db.query<{ t: string }>(`select format('%I.%I', schemaname, tablename) as t from pg_tables where schemaname = $1 order by 1`, [schema]);
  return rows.rows.map((r) => r.t).join(', ');
}
