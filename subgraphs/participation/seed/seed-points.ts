import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { PointEntry } from '../points/point-entry.entity';
import { POINTS_PER_VALID_REPORT, PointReason } from '../points/points-enums';
import { Redemption } from '../points/redemption.entity';
import { Reward } from '../points/reward.entity';
import type { Report } from '../report/report.entity';
import type { Volunteer } from '../volunteer/volunteer.entity';
import { SEED_NOW } from './seed-reports';
import { REWARDS } from './volunteers.data';

/** The rewards catalogue, points for volunteers' resolved reports, and a few redemptions within the balance. */
export function seedPoints(em: EntityManager, volunteers: Volunteer[], reports: Report[]): void {
  const rewards = REWARDS.map(([code, name, description, cost]) => em.create(Reward, { id: seedId('reward', code), code, name, description, cost }));
  const bySubject = new Map(volunteers.map((v) => [v.subject, v]));
  for (const r of reports) {
    const v = r.reporterSubject ? bySubject.get(r.reporterSubject) : undefined;
    if (v && r.resolvedAt && !r.duplicateOfId) {
      em.create(PointEntry, {
        id: seedId('point-entry', `report:${r.id}`),
        volunteerId: v.id,
        amount: POINTS_PER_VALID_REPORT,
        reason: PointReason.VALID_REPORT,
        sourceId: r.id,
        note: `有效随手拍 ${r.trackingCode}`,
        occurredAt: r.resolvedAt,
      });
    }
  }
  const balances = new Map<string, number>();
  for (const e of em.getUnitOfWork().getPersistStack()) {
    if (e instanceof PointEntry) {
      balances.set(e.volunteerId, (balances.get(e.volunteerId) ?? 0) + e.amount);
    }
  }
  volunteers.forEach((v, i) => {
    const reward = rewards[i % 3];
    if (i % 3 === 0 && (balances.get(v.id) ?? 0) >= reward.cost) {
      const redemption = em.create(Redemption, {
        id: seedId('redemption', v.id),
        volunteerId: v.id,
        rewardId: reward.id,
        cost: reward.cost,
        createdAt: new Date(SEED_NOW - 2 * 86_400_000),
      });
      em.create(PointEntry, {
        id: seedId('point-entry', `redemption:${redemption.id}`),
        volunteerId: v.id,
        amount: -reward.cost,
        reason: PointReason.REDEMPTION,
        sourceId: redemption.id,
        note: `兑换：${reward.name}`,
        occurredAt: redemption.createdAt,
      });
    }
  });
}
