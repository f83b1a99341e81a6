import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Officer } from '../officer/officer.stub';
import { Certification } from './certification.entity';
import { CertificationService } from './certification.service';
import { CertificationPayload, CorrectCertificationInput, DutyEligibility } from './certification.types';

@Resolver(() => Certification)
export class CertificationResolver {
  @Mutation(() => CertificationPayload, { description: '更正/暂停资格 — a new superseding record with reason and author (trainers)' })
  @RequiresRoles('TRAINER', 'ADMIN')
  correctCertification(@Arg('input', () => CorrectCertificationInput) input: CorrectCertificationInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CertificationService).correct(input);
  }

  @Query(() => [Certification], { description: '即将到期的资格 — current certifications expiring within N days (1–365), soonest first' })
  @RequiresRoles('SUPERVISOR', 'TRAINER', 'ADMIN')
  expiringCertifications(@Arg('withinDays', () => Int) withinDays: number, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CertificationService).expiring(withinDays);
  }

  @FieldResolver(() => Officer, { description: '持证人 — the officer' })
  officer(@Root() c: Certification): Officer {
    return { id: c.officerId };
  }
}

@Resolver(() => Officer)
export class OfficerCertificationResolver {
  @FieldResolver(() => Certification, { nullable: true, description: '执法资格 — current certification (the officer, supervisors, trainers)' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'TRAINER', 'ADMIN')
  certification(@Root() officer: Officer, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CertificationService).current(officer.id);
  }

  @FieldResolver(() => DutyEligibility, { nullable: true, description: '上岗资格 — certified, not expired, not suspended, hours on track' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'TRAINER', 'ADMIN')
  dutyEligible(@Root() officer: Officer, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CertificationService).dutyEligible(officer.id);
  }
}
