import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { sqlArray } from '../../../kernel/db/sql-array';
import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { GRID_CELLS } from '../../../kernel/demo/demo-grid';
import { chinaDate } from '../../../kernel/time/china-time';
import { CommitteeMember } from '../committee/committee-member.entity';
import { SelfGovernanceCommittee } from '../committee/committee.entity';
import { CommunityPost } from '../community/community-post.entity';
import { CommunityRating } from '../community/community-rating.entity';
import { AssessmentLine } from '../community/community-rules';
import { OpinionItem } from '../community/opinion-item.entity';
import { MerchantOperator } from '../merchant/merchant-operator.entity';
import { StallPermitStatus } from '../stall-permit/stall-permit-enums';
import { StallPermit } from '../stall-permit/stall-permit.entity';
import { StallStatus } from '../stall/stall-enums';
import { Stall } from '../stall/stall.entity';
import { SQUAD_KEYS } from './seed-merchant-visits';

const NIGHT = 'lanjiang-night';
/** The first eight demo merchants hold stalls A-01…A-08 of the night market; the first five form its committee. */
const HOLDERS = Array.from({ length: 8 }, (_, n) => `m-${Math.floor(n / 2)}-${n % 2}`);
const squadOfficer = (squad: string, j: number) => demoOfficerId(3 + 3 * SQUAD_KEYS.indexOf(squad) + j);

/** 兰江夜市: eight allocated permits (each merchant's operator account `operator-<key>` verified) and the committee. */
function seedNightMarket(tx: EntityManager, now: Date): void {
  const zoneId = seedId('vending-zone', NIGHT);
  const allocatedAt = new Date(now.getTime() - 200 * 86_400_000);
  HOLDERS.forEach((key, i) => {
    const number = `A-${String(i + 1).padStart(2, '0')}`;
    const merchantId = seedId('merchant', key);
    tx.getReference(Stall, seedId('stall', `${NIGHT}:${number}`)).status = StallStatus.ALLOCATED;
    tx.create(StallPermit, {
      id: seedId('stall-permit', `${NIGHT}:${number}`),
      zoneId,
      stallId: seedId('stall', `${NIGHT}:${number}`),
      merchantId,
      applicantSubject: `operator-${key}`,
      status: StallPermitStatus.ALLOCATED,
      decidedAt: allocatedAt,
      createdAt: allocatedAt,
      validUntil: new Date(allocatedAt.getTime() + 365 * 86_400_000),
      decisionReason: `按信用等级与申请先后分配 ${number} 号摊位`,
    });
    tx.create(MerchantOperator, { merchantId, subject: `operator-${key}`, verifiedBy: squadOfficer('lanjiang', 0) });
  });
  const committee = tx.create(SelfGovernanceCommittee, {
    id: seedId('committee', NIGHT),
    zoneId,
    name: '兰江夜市商户自治委员会',
    chairMerchantId: seedId('merchant', HOLDERS[0]),
    rosterStartsOn: chinaDate(new Date(now.getTime() - 180 * 86_400_000)),
  });
  HOLDERS.slice(0, 5).forEach((key, i) => tx.create(CommitteeMember, { committeeId: committee.id, merchantId: seedId('merchant', key), seat: i + 1 }));
}

/** A community post per squad (its first grid cell), with a few opinions, most answered, and both lines' ratings. */
function seedCommunityPosts(tx: EntityManager, now: Date): void {
  SQUAD_KEYS.forEach((squad, k) => {
    const cell = GRID_CELLS.find((g) => g.squad === squad)!;
    const post = tx.create(CommunityPost, {
      id: seedId('community-post', squad),
      gridCode: cell.code,
      community: cell.community,
      officerId: squadOfficer(squad, 1),
      unitId: seedId('unit', squad),
      workPhone: `0579-8881${String(2000 + k)}`,
      serviceHours: `每周二、四 9:00–11:30 ${cell.community}服务中心`,
    });
    const opinions: [string, string | null][] = [
      ['小区门口早上有流动摊贩占道，希望引导到早市', '已安排引导员早高峰值守，并告知附近早市位置'],
      ['夜间烧烤油烟较大', '已上门走访商户，督促安装油烟净化设备'],
      ['希望增设共享单车停放点', null],
    ];
    [5, 4, 5 - (k % 2)].forEach((score, i) =>
      tx.create(CommunityRating, { postId: post.id, officerId: post.officerId, line: AssessmentLine.RESIDENT, raterSubject: `resident-${k}-${i}`, score }),
    );
    tx.create(CommunityRating, { postId: post.id, officerId: post.officerId, line: AssessmentLine.SQUAD, raterSubject: `squad-supervisor-${squad}`, score: 4 });
    opinions.forEach(([text, answer], i) => {
      const at = new Date(now.getTime() - (30 - i * 10) * 86_400_000);
      tx.create(OpinionItem, {
        postId: post.id,
        text,
        answer,
        answeredAt: answer ? new Date(at.getTime() + 2 * 86_400_000) : null,
        answeredBy: answer ? post.officerId : null,
        createdAt: at,
      });
    });
  });
}

/**
 * A year of stall guide shifts at the case demo's scale (the night market on its busy evening, Saturday 18:00–21:00;
 * each morning market once every four weeks 06:00–08:30; and the next two weeks ahead) and outreach (each squad one
 * event a quarter, staggered by squad, attendance recorded).
 */
async function seedShiftsAndOutreach(tx: EntityManager, now: Date): Promise<void> {
  const schema = tx.config.get('schema');
  const today = chinaDate(now);
  // [zone, squad, start, which days: 'SAT' = Saturdays, a number n = every n-th day from today]
  const markets: [string, string, string, 'SAT' | number][] = [
    [NIGHT, 'lanjiang', '18:00', 'SAT'],
    ['yunshan-morning', 'yunshan', '06:00', 28],
    ['shanghua-morning', 'shanghua', '06:00', 28],
    ['yongchang-morning', 'yongchang', '06:00', 28],
  ];
  for (const [zone, squad, start, days] of markets) {
    await tx.execute(
      `insert into "${schema}".guide_shift (id, created_at, updated_at, zone_id, guide_officer_id, starts_at, ends_at, volunteers_needed, activity_id, scheduled_by)
       select gen_random_uuid(), now(), now(), ?::uuid, (?::uuid[])[1 + abs(d % 3)], s, s + interval '${zone === NIGHT ? '3 hours' : '150 minutes'}', 0, null, 'seed'
       from generate_series(-364, 14) as d, lateral (select ((?::date + d) + ?::time) at time zone 'Asia/Shanghai' as s) x
       where (case when ? then extract(isodow from ?::date + d) = 6 else d % ? = 0 end)`,
      [seedId('vending-zone', zone), sqlArray([0, 1, 2].map((j) => squadOfficer(squad, j))), today, start, days === 'SAT', today, days === 'SAT' ? 7 : days],
    );
  }
  const kinds = ['COMMUNITY_TALK', 'SCHOOL_CLASS', 'MERCHANT_BRIEFING', 'COMMUNITY_TALK'];
  const titles = ['城管进社区：门前三包与垃圾分类', '我是小小城管员', '疏导点经营规范与商户信用', '城管进社区：违建与文明养犬'];
  await tx.execute(
    `insert into "${schema}".outreach_event (id, created_at, updated_at, kind, title, venue, grid_code, unit_id, officer_id, starts_at, ends_at, attendance, activity_id)
     select gen_random_uuid(), now(), now(), (?::text[])[1 + (m + k + 12) % 4]::"${schema}".outreach_kind, (?::text[])[1 + (m + k + 12) % 4], (?::text[])[k + 1] || '服务中心',
            (?::text[])[k + 1], (?::uuid[])[k + 1], (?::uuid[])[k + 1], s, s + interval '90 minutes',
            case when s < now() then 30 + abs((m * 7 + k * 13) % 50) end, null
     from generate_series(0, ?) as k, generate_series(-11, 1) as m,
          lateral (select ((date_trunc('month', ?::date) + (m || ' months')::interval + ((k % 20) + 5) * interval '1 day')::date + time '14:30') at time zone 'Asia/Shanghai' as s) x
     where (m + k + 12) % 3 = 0`,
    [
      sqlArray(kinds),
      sqlArray(titles),
      sqlArray(SQUAD_KEYS.map((s) => GRID_CELLS.find((g) => g.squad === s)!.community)),
      sqlArray(SQUAD_KEYS.map((s) => GRID_CELLS.find((g) => g.squad === s)!.code)),
      sqlArray(SQUAD_KEYS.map((s) => seedId('unit', s))),
      sqlArray(SQUAD_KEYS.map((s) => squadOfficer(s, 0))),
      SQUAD_KEYS.length - 1,
      today,
    ],
  );
}

export async function seedServiceWork(tx: EntityManager, now = new Date()): Promise<void> {
  seedNightMarket(tx, now);
  seedCommunityPosts(tx, now);
  await tx.flush();
  await seedShiftsAndOutreach(tx, now);
}
