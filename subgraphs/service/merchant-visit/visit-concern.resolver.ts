import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Case } from '../case/case.stub';
import { EscalateVisitConcernInput, EscalateVisitConcernPayload } from './escalation.inputs';
import { VisitEscalationService } from './escalation.service';
import { VisitConcern } from './visit-concern.entity';

@Resolver(() => VisitConcern)
export class VisitConcernResolver {
  @Mutation(() => EscalateVisitConcernPayload, {
    description:
      '走访诉求转立案 — hand a concern not solved on the spot to enforcement, which opens a case exactly once (outbox) and links it back; ' +
      'CONFLICT when the concern was solved on the spot or already handed over (the visiting officer, staff of the squad, ADMIN)',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  escalateVisitConcern(@Arg('input', () => EscalateVisitConcernInput) input: EscalateVisitConcernInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(VisitEscalationService).escalate(input);
  }

  @FieldResolver(() => Case, { nullable: true, description: '立案案件 — the case enforcement opened from this concern; null until it has' })
  case(@Root() concern: VisitConcern): Case | null {
    return concern.caseId ? { id: concern.caseId } : null;
  }
}
