import type { EntityManager } from '@mikro-orm/postgresql';

import type { Logger } from '../../../kernel/log/logger';
import { ViolationType } from '../violation-type/violation-type.entity';
import { DiscretionBenchmark } from './discretion-benchmark.entity';
import { GRADE_ORDER, defaultBands } from './discretion-rules';
import { GRADE_FACTS, SEED_BENCHMARK_ADOPTED_BY, SEED_BENCHMARK_EFFECTIVE_FROM } from './discretion-benchmarks.data';

/** Version 1 of the benchmark for every catalogue entry that has none (also on databases seeded before benchmarks existed). */
export async function seedDiscretionBenchmarks(em: EntityManager, log: Logger): Promise<void> {
  await em.transactional(async (tx) => {
    const types = await tx.find(ViolationType, {
      code: { $nin: (await tx.find(DiscretionBenchmark, {}, { fields: ['violationType'] })).map((b) => b.violationType.code) },
    });
    for (const type of types) {
      const bands = defaultBands(type.fineMinYuan, type.fineMaxYuan);
      tx.create(DiscretionBenchmark, {
        violationType: type,
        version: 1,
        effectiveFrom: SEED_BENCHMARK_EFFECTIVE_FROM,
        adoptedBy: SEED_BENCHMARK_ADOPTED_BY,
        grades: GRADE_ORDER.map((grade, i) => ({ grade, facts: GRADE_FACTS[type.category][i], ...bands[i] })),
        publishedBy: 'seed',
      });
    }
    if (types.length > 0) {
      log.info({ benchmarks: types.length }, 'seeded discretion benchmarks');
    }
  });
}
