import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { ExamOverridePayload, GrantExamOverrideInput } from './override.inputs';
import { OverrideService } from './override.service';

@Resolver()
export class OverrideResolver {
  @Mutation(() => ExamOverridePayload, { description: '个人考试调整 — extra attempts or a personal window for one officer, with a reason (trainers)' })
  @RequiresRoles('TRAINER')
  grantExamOverride(@Arg('input', () => GrantExamOverrideInput) input: GrantExamOverrideInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(OverrideService).grant(input);
  }
}
