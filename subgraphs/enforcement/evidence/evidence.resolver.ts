import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Evidence } from './evidence.entity';
import { AddEvidenceInput, AddEvidencePayload } from './evidence.inputs';
import { EvidenceService } from './evidence.service';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @Mutation(() => AddEvidencePayload, { description: '添加证据 — add evidence to a case (immutable: no update or delete exists)' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  addEvidence(@Arg('input', () => AddEvidenceInput) input: AddEvidenceInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(EvidenceService).add(input);
  }
}
