import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Officer } from '../officer/officer.stub';
import { CertificationEvent } from './certification-history.types';
import { CertificationService } from './certification.service';

@Resolver(() => Officer)
export class OfficerCertificationHistoryResolver {
  @FieldResolver(() => [CertificationEvent], {
    nullable: true,
    description:
      '资格变更史 — every grant, renewal, suspension, reinstatement, correction and expiry with its reason, oldest first (the officer, supervisors, trainers)',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'TRAINER', 'ADMIN')
  certificationHistory(@Root() officer: Officer, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CertificationService).history(officer.id);
  }
}
