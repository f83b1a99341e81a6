import { hasRole } from '../../../kernel/auth/actor';
import { ConflictError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { RatingRoundStatus, ScoreSource, weightedTotal } from './street-rating-enums';
import { StreetRatingRound, StreetScore } from './street-rating.entities';
import type { CreateStreetRatingRoundInput, ScoreStreetInput, StreetRatingResult } from './street-rating.inputs';

/** 街路评比: rounds, scores by inspectors and the public, ranked results. */
export class StreetRatingService extends BaseService {
  async createRound(input: CreateStreetRatingRoundInput): Promise<{ round: StreetRatingRound }> {
    this.requireRole('SUPERVISOR', 'ADMIN');
    if (input.closesAt.getTime() <= input.opensAt.getTime()) {
      throw new ValidationError('input.closesAt', 'closesAt must be after opensAt');
    }
    const round = this.em.create(StreetRatingRound, { ...input, title: input.title.trim() });
    await this.em.flush();
    return { round };
  }

  /** One score per scorer, street and round; signed-in callers only (no anonymous ballot stuffing). */
  async score(input: ScoreStreetInput): Promise<{ score: StreetScore }> {
    this.requireSignedIn();
    const round = await this.em.findOne(StreetRatingRound, { id: input.roundId });
    if (!round) {
      throw new NotFoundError('StreetRatingRound', input.roundId, 'input.roundId');
    }
    const now = Date.now();
    if (round.status !== RatingRoundStatus.OPEN || now < round.opensAt.getTime() || now > round.closesAt.getTime()) {
      throw new ConflictError('This round does not take scores now', { field: 'input.roundId' });
    }
    const existing = await this.em.count(StreetScore, {
      roundId: round.id,
      gridCode: input.gridCode,
      scorerSubject: this.actor.subject!,
    });
    if (existing > 0) {
      throw new ConflictError('You have already scored this street in this round', {
        field: 'input.gridCode',
      });
    }
    const score = this.em.create(StreetScore, {
      roundId: round.id,
      gridCode: input.gridCode,
      source: hasRole(this.actor, 'OFFICER', 'SUPERVISOR', 'ADMIN') ? ScoreSource.INSPECTOR : ScoreSource.PUBLIC,
      scorerSubject: this.actor.subject!,
      sanitation: input.sanitation,
      orderScore: input.order,
      greening: input.greening,
      facilities: input.facilities,
    });
    await this.em.flush();
    return { score };
  }

  rounds(args: ConnectionArgs) {
    return paginate(this.em, StreetRatingRound, args, {
      where: {},
      orderBy: { opensAt: 'desc', id: 'desc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  /** Results of a round (public), best first. Averages over the round's scores (bounded by streets × scorers). */
  async results(roundId: string): Promise<StreetRatingResult[]> {
    if (!(await this.em.findOne(StreetRatingRound, { id: roundId }))) {
      throw new NotFoundError('StreetRatingRound', roundId, 'roundId');
    }
    const rows = await this.em.execute<{ grid_code: string; source: ScoreSource; score: string; n: string }[]>(
      `select grid_code, source, avg((sanitation + order_score + greening + facilities) / 4.0) as score, count(*) as n
         from "${this.em.config.get('schema')}"."street_score" where round_id = ? group by grid_code, source`,
      [roundId],
    );
    const byGrid = new Map<string, { inspector: number | null; public: number | null; votes: number }>();
    for (const r of rows) {
      const g = byGrid.get(r.grid_code) ?? { inspector: null, public: null, votes: 0 };
      const value = Math.round(Number(r.score) * 100) / 100;
      if (r.source === ScoreSource.INSPECTOR) {
        g.inspector = value;
      } else {
        g.public = value;
        g.votes = Number(r.n);
      }
      byGrid.set(r.grid_code, g);
    }
    const results = [...byGrid.entries()]
      .map(([code, g]) => ({
        grid: { code },
        inspectorScore: g.inspector,
        publicScore: g.public,
        publicVotes: g.votes,
        total: weightedTotal(g.inspector, g.public) ?? 0,
      }))
      .sort((a, b) => b.total - a.total || a.grid.code.localeCompare(b.grid.code));
    return results.map((r, i) => ({
      ...r,
      rank: i > 0 && results[i - 1].total === r.total ? i : i + 1,
    }));
  }
}
