import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Authenticated } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Officer } from './officer.stub';
import { ServiceWorkService } from './service-work.service';
import { ServicePeriodInput, ServiceWork } from './service-work.types';

@Resolver(() => Officer)
export class OfficerServiceWorkResolver {
  @FieldResolver(() => ServiceWork, {
    nullable: true,
    description: '服务工作量 — merchant visits and concerns solved on the spot in a period (the officer, SUPERVISOR, ADMIN)',
  })
  @Authenticated()
  serviceWork(@Root() officer: Officer, @Arg('period', () => ServicePeriodInput) period: ServicePeriodInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ServiceWorkService).of(officer.id, period);
  }
}
