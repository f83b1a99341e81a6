import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Case } from '../case/case.entity';
import { CaseFinding } from './case-finding.entity';
import { RecordCaseFindingInput, RecordCaseFindingPayload } from './case-finding.inputs';
import { findingByCase } from './case-finding.loaders';
import { ClosureService } from './closure.service';

@Resolver(() => Case)
export class CaseFindingResolver {
  @Mutation(() => RecordCaseFindingPayload, {
    description:
      '记录办理结论 — end a case in progress without a disposition (no violation, referred elsewhere, party unidentifiable), with a reason; the case needs evidence',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  recordCaseFinding(@Arg('input', () => RecordCaseFindingInput) input: RecordCaseFindingInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ClosureService).recordFinding(input);
  }

  @FieldResolver(() => CaseFinding, { nullable: true, description: '办理结论 — the finding that ends the case without a disposition; null when there is none' })
  finding(@Root() c: Case, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(findingByCase).load(c.id);
  }
}
