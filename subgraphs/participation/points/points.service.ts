import type { EntityManager } from '@mikro-orm/postgresql';

import { ConflictError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import type { PeriodInput } from '../stats/participation-stats.types';
import { Volunteer } from '../volunteer/volunteer.entity';
import { VolunteerService } from '../volunteer/volunteer.service';
import { PointEntry } from './point-entry.entity';
import { PointReason } from './points-enums';
import { Redemption } from './redemption.entity';
import { Reward } from './reward.entity';

/** 积分: ledger, balance, redemptions, leaderboard. */
export class PointsService extends BaseService {
  async balanceOf(volunteerId: string, em: EntityManager = this.em): Promise<number> {
    const rows = await em.execute<{ total: string | null }[]>(
      `select sum(amount) as total from "${em.config.get('schema')}"."point_entry" where volunteer_id = ?`,
      [volunteerId],
    );
    return Number(rows[0]?.total ?? 0);
  }

  /** The caller's ledger, newest first. */
  async myEntries(args: ConnectionArgs) {
    this.requireRole('VOLUNTEER');
    const me = await this.em.findOne(Volunteer, { subject: this.actor.subject! });
    return paginate(this.em, PointEntry, args, {
      where: { volunteerId: me?.id ?? '00000000-0000-0000-0000-000000000000' },
      orderBy: { occurredAt: 'desc', id: 'desc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  /** Spends points; the volunteer row lock serialises concurrent redemptions so the balance never goes negative. */
  async redeem(rewardId: string) {
    return this.em.transactional(async (em) => {
      const me = await this.scope.services.get(VolunteerService).lockActiveSelf(em);
      const reward = await em.findOne(Reward, { id: rewardId, available: true });
      if (!reward) {
        throw new NotFoundError('Reward', rewardId, 'input.rewardId');
      }
      const balance = await this.balanceOf(me.id, em);
      if (balance < reward.cost) {
        throw new ConflictError(`Not enough points: ${balance} < ${reward.cost}`, {
          field: 'input.rewardId',
        });
      }
      const redemption = em.create(Redemption, {
        volunteerId: me.id,
        rewardId: reward.id,
        cost: reward.cost,
      });
      const entry = em.create(PointEntry, {
        volunteerId: me.id,
        amount: -reward.cost,
        reason: PointReason.REDEMPTION,
        sourceId: redemption.id,
        note: `兑换：${reward.name}`,
      });
      return { redemption, entry, balance: balance - reward.cost };
    });
  }

  /** Adds a ledger line once per cause (reason + source); returns false when it already exists. */
  async grant(
    em: EntityManager,
    line: {
      volunteerId: string;
      amount: number;
      reason: PointReason;
      sourceId: string;
      note: string;
    },
  ): Promise<boolean> {
    if (line.amount <= 0 || (await em.count(PointEntry, { reason: line.reason, sourceId: line.sourceId })) > 0) {
      return false;
    }
    em.create(PointEntry, line);
    return true;
  }

  rewards(): Promise<Reward[]> {
    return this.em.find(Reward, { available: true }, { orderBy: { cost: 'asc', code: 'asc' } });
  }

  /** Points earned (not spent) in the period, highest first; ties share a rank. */
  async leaderboard(period: PeriodInput, first: number) {
    if (!(period.to.getTime() > period.from.getTime())) {
      throw new ValidationError('period.to', 'to must be after from');
    }
    if (first < 1 || first > 100) {
      throw new ValidationError('first', 'first must be between 1 and 100');
    }
    const rows = await this.em.execute<{ volunteer_id: string; points: string; rank: string }[]>(
      `select volunteer_id, sum(amount) as points, rank() over (order by sum(amount) desc) as rank
         from "${this.em.config.get('schema')}"."point_entry"
        where amount > 0 and occurred_at >= ? and occurred_at < ?
        group by volunteer_id order by points desc, volunteer_id limit ?`,
      [period.from, period.to, first],
    );
    const volunteers = await this.em.find(Volunteer, {
      id: { $in: rows.map((r) => r.volunteer_id) },
    });
    const byId = new Map(volunteers.map((v) => [v.id, v]));
    return rows.map((r) => ({
      rank: Number(r.rank),
      points: Number(r.points),
      volunteer: byId.get(r.volunteer_id)!,
    }));
  }
}
