import { Arg, Ctx, FieldResolver, GraphQLISODateTime, Mutation, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { ViolationType } from '../violation-type/violation-type.entity';
import { DiscretionBenchmark } from './discretion-benchmark.entity';
import { benchmarkInForce } from './discretion-rules';
import { PublishDiscretionBenchmarkInput, PublishDiscretionBenchmarkPayload } from './discretion.inputs';
import { benchmarksByType } from './discretion.loaders';
import { DiscretionService } from './discretion.service';

@Resolver(() => ViolationType)
export class ViolationTypeDiscretionResolver {
  @FieldResolver(() => DiscretionBenchmark, {
    nullable: true,
    description: '裁量基准 — the benchmark version in force at `at` (default now); public (行政执法公示)',
  })
  discretionBenchmark(
    @Root() type: ViolationType,
    @Arg('at', () => GraphQLISODateTime, { nullable: true, description: 'Moment to look at, e.g. when a violation occurred; default now' }) at: Date | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.loaders
      .get(benchmarksByType)
      .load(type.code)
      .then((versions) => benchmarkInForce(versions, at ?? new Date()));
  }

  @FieldResolver(() => [DiscretionBenchmark], { description: '裁量基准版本 — every version, oldest first (a handful per type); public' })
  discretionBenchmarkVersions(@Root() type: ViolationType, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(benchmarksByType).load(type.code);
  }

  @Mutation(() => PublishDiscretionBenchmarkPayload, {
    description: '发布裁量基准 — publish a new benchmark version for a violation type (ADMIN, LEGAL_REVIEWER 法制科); never retroactive',
  })
  @RequiresRoles('ADMIN', 'LEGAL_REVIEWER')
  publishDiscretionBenchmark(@Arg('input', () => PublishDiscretionBenchmarkInput) input: PublishDiscretionBenchmarkInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(DiscretionService).publish(input);
  }
}
