import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import type { Case } from '../case/case.entity';
import type { Disposition } from '../disposition/disposition.entity';
import { ViolationType } from '../violation-type/violation-type.entity';
import { DiscretionBenchmark } from './discretion-benchmark.entity';
import { applyDiscretion, benchmarkInForce, checkBenchmarkGrades } from './discretion-rules';
import type { DiscretionOutcome } from './discretion-rules';
import type { PenaltyDiscretionInput, PublishDiscretionBenchmarkInput } from './discretion.inputs';
import { PenaltyDiscretion } from './penalty-discretion.entity';

/** A new version may not reach back in time: benchmarks are not applied retroactively (tolerance for clock skew). */
const PAST_TOLERANCE_MS = 60_000;

/** 行政处罚裁量基准: versions the bureau publishes, and how a penalty applies the one in force. */
export class DiscretionService extends BaseService {
  /** Publishes a new version (ADMIN or the 法制科); earlier versions stay in force for cases that occurred under them. */
  async publish(input: PublishDiscretionBenchmarkInput): Promise<{ benchmark: DiscretionBenchmark }> {
    this.requireRole('ADMIN', 'LEGAL_REVIEWER');
    return this.em.transactional(async (tx) => {
      const type = await tx.findOne(ViolationType, { code: input.violationTypeCode }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!type) {
        throw new NotFoundError('ViolationType', input.violationTypeCode, 'input.violationTypeCode');
      }
      checkBenchmarkGrades(input.grades, type);
      const latest = await tx.findOne(DiscretionBenchmark, { violationType: type.code }, { orderBy: { version: 'desc' } });
      if (input.effectiveFrom.getTime() < Date.now() - PAST_TOLERANCE_MS || (latest && input.effectiveFrom < latest.effectiveFrom)) {
        throw new ValidationError('input.effectiveFrom', 'a new version takes effect from now on, not before the latest version');
      }
      const benchmark = tx.create(DiscretionBenchmark, {
        violationType: ref(type),
        version: (latest?.version ?? 0) + 1,
        effectiveFrom: input.effectiveFrom,
        adoptedBy: input.adoptedBy,
        grades: input.grades.map((g) => ({ grade: g.grade, facts: g.facts, fineMinYuan: g.fineMinYuan, fineMaxYuan: g.fineMaxYuan })),
        publishedBy: this.actor.subject!,
      });
      return { benchmark };
    });
  }

  /**
   * Applies the benchmark in force when the case occurred to a penalty (inside the caller's transaction, before
   * anything is flushed): checks grade, facts and band, and records how it was applied.
   */
  async applyToPenalty(tx: EntityManager, c: Case, d: Disposition, input: PenaltyDiscretionInput | null | undefined): Promise<DiscretionOutcome> {
    const versions = await tx.find(DiscretionBenchmark, { violationType: c.violationType.code });
    const benchmark = benchmarkInForce(versions, c.occurredAt);
    const outcome = applyDiscretion(benchmark, input, d.fineYuan!);
    tx.create(PenaltyDiscretion, {
      disposition: ref(d),
      benchmark: benchmark ? ref(benchmark) : null,
      benchmarkVersion: benchmark?.version ?? null,
      grade: input!.grade,
      facts: input!.facts,
      bandMinYuan: outcome.band?.fineMinYuan ?? null,
      bandMaxYuan: outcome.band?.fineMaxYuan ?? null,
      withinGrade: outcome.withinGrade,
      outsideRangeReason: outcome.withinGrade ? null : input!.outsideRangeReason!,
    });
    return outcome;
  }
}
