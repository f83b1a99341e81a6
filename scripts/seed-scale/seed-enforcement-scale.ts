import type { Client } from 'pg';

import { seedId } from '../../kernel/db/seed-id';
import { batches, LONG_TIMELINE_CASE_ID, LONG_TIMELINE_EVENTS } from './scale-plan';
import type { ScalePlan } from './scale-plan';

/** A roster entry the other subgraphs learn about (as they would import the HR roster). */
export interface ScaleOfficer {
  id: string;
  unitId: string;
  hiredOn: string;
}

export interface EnforcementScaleResult {
  officers: ScaleOfficer[];
  /** Grid cells with their unit, for the citizen reports. */
  grid: { code: string; unitId: string; minLat: number; minLng: number }[];
}

const POSITIONS = ['MEMBER', 'MEMBER', 'MEMBER', 'MEMBER', 'MEMBER', 'LEGAL_OFFICER', 'DEPUTY_SQUAD_LEADER', 'SQUAD_LEADER'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌辉鹏飞宇浩俊';
const SHOPS = ['小吃店', '水果摊', '早餐铺', '烧烤店', '便利店', '理发店', '五金店', '面馆', '奶茶店', '文创小铺', '修车铺', '花店'];

/** Random Chinese name from two seeds in [0, 1) (SQL). */
const sqlName = (a: string, b: string) =>
  `substr('${SURNAMES}', 1 + floor(${a} * ${SURNAMES.length})::int, 1) || substr('${GIVEN}', 1 + floor(${b} * ${GIVEN.length})::int, 1)`;

const iso = (col: string) => `to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The canonical JSON that subgraphs/enforcement/timeline/hash-chain.ts hashes (keys sorted, no spaces, `at` as
 * toISOString), built in SQL; `before`/`after` are already canonical text.
 */
const CANONICAL_EVENT = `'{"action":' || to_json(s.action)::text || ',"actorSubject":' || coalesce(to_json(s.actor)::text, 'null')
  || ',"after":' || coalesce(s.after, 'null') || ',"at":"' || ${iso('s.at')} || '","before":' || coalesce(s.before, 'null')
  || ',"caseId":"' || s.case_id::text || '","reason":' || coalesce(to_json(s.reason)::text, 'null') || ',"seq":' || s.seq::text || '}'`;

/** Officers, parties, cases with dispositions, evidence, follow-ups, whistles, credit entries and hash-chained timelines. */
export async function seedEnforcementScale(db: Client, plan: ScalePlan): Promise<EnforcementScaleResult> {
  const { log } = plan;
  await db.query(`set search_path to enforcement, public`);
  await db.query(`select setseed(0.42)`);

  const grid = (
    await db.query<{ code: string; unit_id: string; min_lat: number; min_lng: number }>(`select code, unit_id, min_lat, min_lng from grid_cell order by code`)
  ).rows.map((g) => ({ code: g.code, unitId: g.unit_id, minLat: g.min_lat, minLng: g.min_lng }));
  const squads = [...new Set(grid.map((g) => g.unitId))].sort();

  // 1. Officers: badge 33078 20000…, spread over the units that own grid cells.
  const officers: ScaleOfficer[] = Array.from({ length: plan.officers }, (_, i) => {
    const badge = `33078${20000 + i}`;
    const hired = new Date(Date.UTC(2000 + (i % 27), (i * 7) % 12, 1 + (i % 28)));
    return { id: seedId('officer', badge), unitId: squads[i % squads.length], hiredOn: hired.toISOString().slice(0, 10) };
  });
  await db.query(
    `insert into officer (id, created_at, updated_at, badge_number, name, unit_id, position, status, hired_on, phone)
     select o.id, now(), now(), '33078' || (20000 + o.i - 1), ${sqlName('random()', 'random()')}, o.unit_id,
            ($4::text[])[1 + (o.i % array_length($4::text[], 1))]::officer_position, 'ACTIVE', o.hired_on,
            '139' || lpad((o.i + 57000000)::text, 8, '0')
       from unnest($1::uuid[], $2::uuid[], $3::date[]) with ordinality as o(id, unit_id, hired_on, i)
     on conflict (id) do nothing`,
    [officers.map((o) => o.id), officers.map((o) => o.unitId), officers.map((o) => o.hiredOn), POSITIONS],
  );
  log(`enforcement: ${officers.length} officers`);

  // Reference tables for the set-based generators (temp: this session only).
  await db.query(`
    drop table if exists s_grid, s_vt, s_off, s_unit, s_party, s_dept;
    create temp table s_grid as select (row_number() over (order by code) - 1)::int as k, code, unit_id, min_lat, min_lng, max_lat, max_lng, street, community
      from grid_cell;
    create temp table s_vt as select (row_number() over (order by code) - 1)::int as k, code, on_exemption_list, labor_in_lieu_allowed,
      handling_working_days, fine_min_yuan, fine_max_yuan, rectification_days, name_zh from violation_type;
    create temp table s_off as select unit_id, (row_number() over (partition by unit_id order by id) - 1)::int as k, id from officer where status = 'ACTIVE';
    create temp table s_unit as select unit_id, count(*)::int as n from s_off group by unit_id;
    create temp table s_dept as select (row_number() over (order by id) - 1)::int as k, id from department;
    create index on s_off (unit_id, k);
    analyze s_grid; analyze s_vt; analyze s_off; analyze s_unit;`);
  const counts = (
    await db.query<{ g: number; v: number; d: number }>(
      `select (select count(*) from s_grid)::int g, (select count(*) from s_vt)::int v, (select count(*) from s_dept)::int d`,
    )
  ).rows[0];

  // 2. Parties: merchants and persons; ids are deterministic so a rerun is refused by the primary key.
  const p = plan.parties;
  await db.query(
    `insert into merchant (id, created_at, updated_at, name, credit_code, business_type, address, operator_name, operator_phone)
     select md5('scale-merchant-' || i)::uuid, timestamptz '2016-06-01', timestamptz '2016-06-01',
            g.street || ($2::text[])[1 + i % array_length($2::text[], 1)] || i, '92330781' || lpad(i::text, 10, '0'),
            (array['CATERING','CULTURAL_CREATIVE','MOBILE_VENDOR','RETAIL','SERVICES','CONSTRUCTION','BIKE_SHARING'])[1 + (i * 7 % 19) % 7]::business_type,
            g.street || g.community || (i % 200 + 1) || '号', ${sqlName('random()', 'random()')}, '135' || lpad(i::text, 8, '0')
       from generate_series(1, $1::int) i join s_grid g on g.k = i % ${counts.g}`,
    [p, SHOPS],
  );
  await db.query(
    `insert into person (id, created_at, updated_at, name, id_number, phone)
     select md5('scale-person-' || i)::uuid, timestamptz '2016-06-01', timestamptz '2016-06-01', ${sqlName('random()', 'random()')},
            '330781' || (1950 + i % 50) || lpad((1 + i % 12)::text, 2, '0') || lpad((1 + i % 28)::text, 2, '0') || lpad((i % 10000)::text, 4, '0'),
            '136' || lpad(i::text, 8, '0')
       from generate_series(1, $1::int) i`,
    [p],
  );
  // s_party: k 0..2p-1; low k = frequent offenders (the draw below is long-tailed).
  await db.query(`
    create temp table s_party as
      select (2 * (i - 1))::int as k, 'MERCHANT'::party_kind as kind, md5('scale-merchant-' || i)::uuid as id from generate_series(1, ${p}) i
      union all
      select (2 * (i - 1) + 1)::int, 'PERSON'::party_kind, md5('scale-person-' || i)::uuid from generate_series(1, ${p}) i;
    create unique index on s_party (k); analyze s_party;`);
  log(`enforcement: ${p} merchants, ${p} persons`);

  // 3. Cases in chronological batches.
  const spanMs = plan.to.getTime() - plan.from.getTime();
  const longCase = Math.floor(plan.cases / 2);
  for (const [a, b] of batches(plan.cases, plan.batchSize)) {
    await db.query('begin');
    await db.query(`drop table if exists s_case, s_step`);
    await db.query(
      `create temp table s_case as
       with base as (
         select i, date_trunc('milliseconds', $3::timestamptz + ((i + random()) * $4::float8 / $5::int) * interval '1 millisecond') as occ,
                random() as rs, random() as rt, random() as rh, random() as rx,
                floor(power(random(), 1.4) * ${counts.g})::int as kg, floor(power(random(), 1.8) * ${counts.v})::int as kv,
                floor(power(random(), 2.6) * ${2 * p})::int as kp
           from generate_series($1::int, $2::int - 1) i
       ), picked as (
         select b.*, g.code as grid, g.unit_id, g.min_lat, g.min_lng, g.street, g.community,
                v.code as vt, v.handling_working_days, v.fine_min_yuan, v.fine_max_yuan, v.rectification_days, v.on_exemption_list,
                v.labor_in_lieu_allowed, v.name_zh, pa.kind as party_kind, pa.id as party_id
           from base b
           join s_grid g on g.k = b.kg
           join s_vt v on v.k = b.kv
           join s_party pa on pa.k = b.kp
       ), st as (
         select x.*,
                case when x.i = ${longCase} then 'CLOSED'
                     when x.occ < $6::timestamptz - interval '60 days' then
                       case when x.rs < 0.93 then 'CLOSED' when x.rs < 0.965 then 'REJECTED' else 'REFERRED' end
                     else (array['REPORTED','FILED','ASSIGNED','IN_PROGRESS','RESOLVED','VERIFIED','CLOSED','CLOSED','CLOSED','CLOSED','REJECTED','REFERRED'])[1 + floor(x.rs * 12)::int]
                end::case_status as status
           from picked x
       ), tl as (
         select s.*,
                s.occ + interval '5 minutes' as created,
                case when s.status not in ('REPORTED', 'REJECTED') then s.occ + (10 + floor(s.rh * 350)) * interval '1 minute' end as filed,
                case when s.status in ('RESOLVED','VERIFIED','CLOSED') or (s.status = 'IN_PROGRESS' and s.rt < 0.4) then
                  case when s.rt < 0.70 then 'SERVICE' when s.rt < 0.90 then 'MANAGEMENT' else 'ENFORCEMENT' end end::case_track as track
           from st s
       )
       select pg_temp.seed_uuid() as id, t.*,
              date_trunc('milliseconds', t.filed + t.handling_working_days * interval '33 hours') as due,
              case when t.status = 'CLOSED' then date_trunc('milliseconds', greatest(t.filed + interval '70 minutes', least(t.filed + (1 + power(t.rh, 2) * t.handling_working_days * 40 * (case when t.rx < 0.06 then 1.5 else 0.8 end)) * interval '1 hour', $6::timestamptz + interval '12 hours')))
                   when t.status = 'REJECTED' then t.occ + interval '1 day'
                   when t.status = 'REFERRED' then t.filed + interval '20 hours' end as closed,
              case when t.status not in ('REPORTED','FILED','REJECTED') then (select o.id from s_off o where o.unit_id = t.unit_id and o.k = floor(t.rx * (select n from s_unit u where u.unit_id = t.unit_id))::int) end as assignee,
              (t.status = 'CLOSED' and t.rx < 0.05) as reworked,
              extract(year from t.created at time zone 'Asia/Shanghai')::int as year,
              row_number() over (partition by extract(year from t.created at time zone 'Asia/Shanghai') order by t.i) as year_no
         from tl t`,
      [a, b, plan.from, spanMs, plan.cases, plan.to],
    );
    await db.query(`update s_case set id = '${LONG_TIMELINE_CASE_ID}', track = 'SERVICE' where i = ${longCase}`);
    await db.query(`create index on s_case (id); create index on s_case (party_id, vt, occ); analyze s_case`);
    // Written as the triggers would compute them, so their check finds nothing to change (no second write of each
    // row): the same party and violation type in the 12 months before (in the table or this batch), and whether the
    // evidence below includes a recording.
    await db.query(`
      alter table s_case add column repeat boolean, add column recording boolean;
      update s_case c set
        repeat = exists (select 1 from "case" p where p.party_id = c.party_id and p.violation_type_code = c.vt
                           and p.occurred_at < c.occ and p.occurred_at >= c.occ - interval '12 months')
              or exists (select 1 from s_case p where p.party_id = c.party_id and p.vt = c.vt and p.id <> c.id
                           and p.occ < c.occ and p.occ >= c.occ - interval '12 months'),
        recording = coalesce(c.filed is not null and c.track = 'ENFORCEMENT' and c.rx < 0.95, false)`);
    // numbers continue each year's counter, which is then moved on (same transaction)
    await db.query(
      `
      insert into "case" (id, created_at, updated_at, number, status, source, violation_type_code, party_kind, party_id, grid_cell_code, unit_id,
                          description, lat, lng, address, minor_harm, corrected_on_spot, occurred_at, filed_at, due_at, closed_at, assignee_id,
                          track, procedure, followed_up_at, is_typical_case, rework_count, is_repeat, has_recording)
      select c.id, c.created, coalesce(c.closed, c.filed, c.created), 'ZF-' || c.year || '-' || lpad((coalesce(k.last, 0) + c.year_no)::text, 6, '0'),
             c.status, (array['PATROL','PATROL','PATROL','CITIZEN_REPORT','CITIZEN_REPORT','DEVICE','DEPARTMENT_REFERRAL','VOLUNTEER'])[1 + floor(c.rh * 8)::int]::case_source,
             c.vt, c.party_kind, c.party_id, c.grid, c.unit_id,
             c.street || c.community || '巡查发现' || c.name_zh || '，现场已告知当事人', c.min_lat + c.rh * 0.01, c.min_lng + c.rt * 0.01,
             c.street || c.community || (c.i % 300 + 1) || '号附近', c.rx < 0.6, c.rs < 0.5, c.occ, c.filed,
             case when c.filed is not null then c.due end, c.closed, c.assignee, c.track,
             case when c.track = 'ENFORCEMENT' and c.rh < 0.6 then 'SIMPLE' when c.track = 'ENFORCEMENT' then 'GENERAL' end::penalty_procedure,
             case when c.status = 'CLOSED' and (c.rs < 0.8 or c.id = '${LONG_TIMELINE_CASE_ID}') then date_trunc('milliseconds', greatest(c.closed + interval '1 hour', least(c.closed + (1 + c.rh * 2) * interval '1 day', $1::timestamptz + interval '20 hours'))) end,
             c.status = 'CLOSED' and c.rx > 0.999, case when c.reworked then 1 else 0 end, c.repeat, c.recording
        from s_case c left join case_number_counter k on k.year = c.year`,
      [plan.to],
    );
    await db.query(`
      insert into case_number_counter (year, last)
      select year, max(year_no) from s_case group by year
      on conflict (year) do update set last = case_number_counter.last + excluded.last`);
    await db.query(
      `
      insert into disposition (id, created_at, updated_at, case_id, kind, colour, recommended_kind, fine_yuan, labor_hours, rectify_by, rectified_at,
                               procedure, decided_by, decided_at, labor_status, labor_hours_verified, measures, disclosure_pending)
      select pg_temp.seed_uuid(), d.at, d.at, d.id, d.kind, d.colour, d.kind, 
             case when d.kind = 'PENALTY' then d.fine_min_yuan + floor(d.rh * (d.fine_max_yuan - d.fine_min_yuan + 1))::int end,
             case when d.kind = 'LABOR_IN_LIEU' then 4 end,
             case when d.kind = 'RECTIFICATION_NOTICE' then d.at + d.rectification_days * interval '1 day' end,
             case when d.kind = 'RECTIFICATION_NOTICE' and d.status = 'CLOSED' then least(d.at + interval '1 day', d.closed) end,
             case when d.kind = 'PENALTY' then case when d.rh < 0.6 then 'SIMPLE' else 'GENERAL' end end::penalty_procedure,
             d.assignee::text, d.at,
             case when d.kind = 'LABOR_IN_LIEU' then 'FULFILLED' end::labor_status, case when d.kind = 'LABOR_IN_LIEU' then 4 end,
             '[]'::jsonb, -- the last ten days' penalties still wait for disclosure (行政执法公示); older ones count as handled
             d.kind = 'PENALTY' and d.at > $1::timestamptz - interval '10 days'
        from (select c.*, date_trunc('milliseconds', c.filed + interval '40 minutes') as at,
                     (case when c.track = 'SERVICE' then 'SERVICE'
                           when c.track = 'MANAGEMENT' then case when c.rs < 0.5 then 'WARNING' else 'RECTIFICATION_NOTICE' end
                           when c.labor_in_lieu_allowed and c.rs < 0.3 then 'LABOR_IN_LIEU' else 'PENALTY' end)::disposition_kind as kind,
                     (case when c.track = 'SERVICE' then 'NONE' when c.track = 'MANAGEMENT' then case when c.rs < 0.5 then 'YELLOW' else 'ORANGE' end else 'RED' end)::disposition_colour as colour
                from s_case c where c.track is not null) d`,
      [plan.to],
    );
    await db.query(`
      insert into evidence (id, created_at, updated_at, case_id, kind, uri, sha256, captured_by, captured_at)
      select e.id, e.at, e.at, e.case_id, e.kind, 'oss://evidence/' || e.case_id || '/' || e.id || e.ext, encode(sha256(convert_to(e.id::text, 'UTF8')), 'hex'), e.by, e.at
        from (select pg_temp.seed_uuid() as id, c.id as case_id, date_trunc('milliseconds', c.filed + interval '30 minutes') as at, coalesce(c.assignee::text, 'system') as by,
                     case when c.recording then 'RECORDING' else 'PHOTO' end::evidence_kind as kind,
                     case when c.recording then '.mp4' else '.jpg' end as ext
                from s_case c where c.filed is not null and (c.track = 'ENFORCEMENT' or c.rh < 0.25)) e`);
    await db.query(`
      insert into evidence_custody_event (id, created_at, updated_at, evidence_id, action, actor_subject, at)
      select pg_temp.seed_uuid(), e.captured_at, e.captured_at, e.id, 'ADDED', e.captured_by, e.captured_at
        from evidence e join s_case c on c.id = e.case_id`);
    await db.query(`
      insert into follow_up (id, created_at, updated_at, case_id, visited_at, satisfaction, comment, on_time, visited_by)
      select pg_temp.seed_uuid(), c.followed_up_at, c.followed_up_at, c.id, c.followed_up_at, 3 + floor(s.rh * 3)::int,
             case when s.rh > 0.5 then '满意，执法人员态度好' end, c.followed_up_at <= c.closed_at + interval '3 days', coalesce(c.assignee_id::text, 'system')
        from "case" c join s_case s on s.id = c.id where c.followed_up_at is not null`);
    await db.query(`
      insert into whistle (id, created_at, updated_at, case_id, unit_id, department_id, urgency, reason, blown_by, blown_at, respond_by,
                           acknowledged_at, responded_at, response, responded_late)
      select w.id, w.blown, w.blown, w.case_id, w.unit_id, w.dept, w.urgency, '需协作部门联合处置', w.by, w.blown, w.respond_by,
             w.blown + interval '30 minutes', w.responded, '已到场联合处置', w.responded > w.respond_by
        from (select pg_temp.seed_uuid() as id, c.id as case_id, c.unit_id, d.id as dept, c.assignee::text as by,
                     date_trunc('milliseconds', c.filed + interval '2 hours') as blown,
                     (case when c.rx < 0.2 then 'URGENT' else 'NORMAL' end)::whistle_urgency as urgency,
                     date_trunc('milliseconds', c.filed + interval '2 hours') + case when c.rx < 0.2 then interval '2 hours' else interval '24 hours' end as respond_by,
                     date_trunc('milliseconds', c.filed + interval '2 hours') + c.rh * case when c.rx < 0.2 then interval '3 hours' else interval '30 hours' end as responded
                from s_case c join s_dept d on d.k = floor(c.rh * ${counts.d})::int
               where c.filed is not null and c.assignee is not null and c.rt > 0.99) w`);
    await db.query(`
      insert into merchant_credit_entry (id, created_at, updated_at, merchant_id, mark, points, reason, case_id, disposition_kind, at, recorded_by)
      select pg_temp.seed_uuid(), d.decided_at, d.decided_at, c.party_id, 'BLACK_DOT'::credit_mark,
             case d.kind when 'RECTIFICATION_NOTICE' then 5 when 'PENALTY' then 15 else 10 end, '案件处置：' || c.number, c.id, d.kind, d.decided_at, d.decided_by
        from disposition d join "case" c on c.id = d.case_id join s_case s on s.id = c.id
       where c.party_kind = 'MERCHANT' and d.kind in ('RECTIFICATION_NOTICE', 'PENALTY', 'LABOR_IN_LIEU')
      union all
      select pg_temp.seed_uuid(), d.rectified_at, d.rectified_at, c.party_id, 'RED_FLOWER'::credit_mark, 2, '按期整改：' || c.number, c.id, null, d.rectified_at, d.decided_by
        from disposition d join "case" c on c.id = d.case_id join s_case s on s.id = c.id
       where c.party_kind = 'MERCHANT' and d.kind = 'RECTIFICATION_NOTICE' and d.rectified_at <= d.rectify_by`);
    await seedTimelines(db);
    await db.query('commit');
    plan.log(`enforcement: cases ${b}/${plan.cases}`);
  }
  return { officers, grid };
}

/** Timeline steps per case (status snapshots before/after), then one recursive statement chains the hashes. */
async function seedTimelines(db: Client): Promise<void> {
  await db.query(`
    create temp table s_step as
    with steps as (
      select c.id as case_id, x.ord, x.action, x.actor, date_trunc('milliseconds', x.at) as at, x.reason, x.before, x.after
        from "case" c join s_case s on s.id = c.id
        cross join lateral (values
          (1, 'CREATE', c.assignee_id::text, c.created_at, null::text, null::text, '{"number":"' || c.number || '","status":"REPORTED"}', true),
          (2, 'REJECT', null, c.closed_at, '不属于违法行为，不予立案', '{"status":"REPORTED"}', '{"status":"REJECTED"}', c.status = 'REJECTED'),
          (3, 'FILE', null, c.filed_at, null, '{"status":"REPORTED"}', '{"status":"FILED"}', c.filed_at is not null),
          (4, 'ASSIGN', null, c.filed_at + interval '10 minutes', null, '{"status":"FILED"}', '{"status":"ASSIGNED"}', c.assignee_id is not null),
          (5, 'START', c.assignee_id::text, c.filed_at + interval '20 minutes', null, '{"status":"ASSIGNED"}', '{"status":"IN_PROGRESS"}',
              c.status in ('IN_PROGRESS','RESOLVED','VERIFIED','CLOSED')),
          (7, 'DISPOSITION', c.assignee_id::text, c.filed_at + interval '40 minutes', null, '{"status":"IN_PROGRESS"}',
              '{"status":"IN_PROGRESS","track":"' || c.track || '"}', c.track is not null),
          (8, 'RESOLVE', c.assignee_id::text, coalesce(c.closed_at - interval '2 hours', c.filed_at + interval '50 minutes'), null, '{"status":"IN_PROGRESS"}', '{"status":"RESOLVED"}',
              c.status in ('RESOLVED','VERIFIED','CLOSED')),
          (9, 'VERIFY', null, coalesce(c.closed_at - interval '1 hour', c.filed_at + interval '55 minutes'), null, '{"status":"RESOLVED"}', '{"status":"VERIFIED"}',
              c.status in ('VERIFIED','CLOSED')),
          (10, 'CLOSE', null, c.closed_at, null, '{"status":"VERIFIED"}', '{"status":"CLOSED"}', c.status = 'CLOSED'),
          (10, 'REFER', null, c.closed_at, '移送市场监管部门处理', '{"status":"ASSIGNED"}', '{"status":"REFERRED"}', c.status = 'REFERRED'),
          (11, 'FOLLOW_UP', c.assignee_id::text, c.followed_up_at, '回访：当事人已整改', '{"status":"CLOSED"}', '{"status":"CLOSED"}', c.followed_up_at is not null)
        ) as x(ord, action, actor, at, reason, before, after, present)
       where x.present
      union all
      select c.id, 6 + g / 1000.0, 'EVIDENCE', c.assignee_id::text, c.filed_at + interval '20 minutes' + g * interval '1 second', '补充现场照片 #' || g,
             '{"status":"IN_PROGRESS"}', '{"status":"IN_PROGRESS"}'
        from "case" c join s_case s on s.id = c.id cross join generate_series(1, ${LONG_TIMELINE_EVENTS} - 9) g
       where c.id = '${LONG_TIMELINE_CASE_ID}'
    )
    select st.*, row_number() over (partition by st.case_id order by st.ord)::int as seq from steps st`);
  await db.query(`create index on s_step (case_id, seq); analyze s_step`);
  // one level of the chain per recursion step: probe the next link by index instead of hashing all steps each time
  await db.query(`set local enable_hashjoin = off; set local enable_mergejoin = off`);
  await db.query(`
    insert into case_event (id, case_id, seq, action, actor_subject, at, reason, before, after, prev_hash, hash)
    with recursive chain as (
      select s.*, null::text as prev_hash,
             encode(sha256(convert_to(repeat('0', 64) || E'\\n' || ${CANONICAL_EVENT}, 'UTF8')), 'hex') as hash
        from s_step s where s.seq = 1
      union all
      select s.*, c.hash, encode(sha256(convert_to(c.hash || E'\\n' || ${CANONICAL_EVENT}, 'UTF8')), 'hex')
        from chain c join s_step s on s.case_id = c.case_id and s.seq = c.seq + 1
    )
    select pg_temp.seed_uuid(), case_id, seq, action, actor, at, reason, before::jsonb, after::jsonb, prev_hash, hash from chain`);
}
