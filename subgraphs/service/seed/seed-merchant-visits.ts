import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { sqlArray } from '../../../kernel/db/sql-array';
import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { GRID_CELLS } from '../../../kernel/demo/demo-grid';

/**
 * REPLICATION (as in training's roster replica): the demo roster puts three officers in each squad in this order
 * after the bureau and two brigades (officer index 3 + 3·squad + j), and enforcement's demo merchants are
 * `m-<shop>-<branch>` for 10 shops. The service subgraph may not read enforcement's tables, so it keeps this copy.
 */
export const SQUAD_KEYS = ['yunshan', 'lanjiang', 'shanghua', 'yongchang', 'chixi', 'nvbu', 'youbu', 'zhuge', 'majian', 'xiangxi', 'meijiang'];
const MERCHANTS = Array.from({ length: 20 }, (_, n) => seedId('merchant', `m-${Math.floor(n / 2)}-${n % 2}`));
const CONCERNS: [string, string, string][] = [
  ['PREMISES', '店外摆放区域不清楚', '现场划定门前经营线并讲解门前三包'],
  ['SANITATION', '门口垃圾桶清运不及时', '联系环卫当场加派清运'],
  ['FACILITIES', '门前路灯不亮', '报修路灯，约定三日内修复'],
  ['LICENCE', '想办理户外广告设置手续', '讲解办理流程并发放办事指南'],
  ['POLICY', '夜市摊位如何申请', '介绍便民疏导点与摊位申请方式'],
  ['DISPUTE', '与邻店占道摆放有纠纷', '现场调解，双方同意按划线摆放'],
];

/**
 * A year of 走访 by every squad officer at the case demo's scale: one visit a quarter to a merchant of the demo list,
 * 1–2 concerns a visit, about 85 % solved on the spot (the seeds' figure), the rest (one visit in five) handed on as a
 * management task. Set-based SQL.
 */
export async function seedMerchantVisits(tx: EntityManager, now = new Date()): Promise<void> {
  const schema = tx.config.get('schema');
  const officers = SQUAD_KEYS.flatMap((squad, k) =>
    [0, 1, 2].map((j) => ({
      id: demoOfficerId(3 + 3 * k + j),
      unitId: seedId('unit', squad),
      grid: GRID_CELLS.find((g) => g.squad === squad)!.code,
      n: 3 * k + j,
    })),
  );
  const values = officers.map(() => '(?::uuid, ?::uuid, ?, ?::int)').join(', ');
  await tx.execute(
    `with o(id, unit_id, grid, n) as (values ${values}),
     v as (
       select gen_random_uuid() as id, o.id as officer_id, o.unit_id, o.grid, o.n, s.k,
              (?::timestamptz - (s.k * 91 - 60 + (o.n * 7) % 60) * interval '1 day' + ((o.n * 37 + s.k * 11) % 480) * interval '1 minute') as visited_at,
              1 + ((o.n + s.k) % 2) as concerns
       from o cross join generate_series(1, 4) as s(k)
     ),
     ins as (
       insert into "${schema}".merchant_visit (id, created_at, updated_at, officer_id, unit_id, merchant_id, grid_code, visited_at, note, concern_count, solved_on_the_spot_count)
       select v.id, v.visited_at, v.visited_at, v.officer_id, v.unit_id, (?::uuid[])[1 + (v.n + v.k) % 20], v.grid, v.visited_at, '例行走访，宣传门前三包与便民疏导点',
              v.concerns, v.concerns - (case when (v.n * 7 + v.k) % 5 = 0 then 1 else 0 end)
       from v returning id, concern_count, solved_on_the_spot_count, created_at
     )
     insert into "${schema}".visit_concern (id, created_at, updated_at, visit_id, topic, description, resolution, resolution_note)
     select gen_random_uuid(), ins.created_at, ins.created_at, ins.id, (?::text[])[c.x]::"${schema}".concern_topic, (?::text[])[c.x],
            (case when i <= ins.solved_on_the_spot_count then 'SOLVED_ON_THE_SPOT' else 'MANAGEMENT_TASK' end)::"${schema}".concern_resolution,
            (case when i <= ins.solved_on_the_spot_count then (?::text[])[c.x] else '转中队管理任务跟进' end)
     from ins cross join lateral generate_series(1, ins.concern_count) as i
     cross join lateral (select 1 + (abs(hashtext(ins.id::text)) + i) % ${CONCERNS.length} as x) c`,
    [...officers.flatMap((o) => [o.id, o.unitId, o.grid, o.n]), now, sqlArray(MERCHANTS), ...[0, 1, 2].map((f) => sqlArray(CONCERNS.map((c) => c[f])))],
  );
}
