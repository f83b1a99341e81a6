import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { ObserverAppointment } from './observer-appointment.entity';
import { ObserverConnection } from './observer.connection';
import { AppointObserverInput, ObserverPayload, ObserversArgs } from './observer.inputs';
import { ObserverService } from './observer.service';

@Resolver(() => ObserverAppointment)
export class ObserverResolver {
  @Mutation(() => ObserverPayload, {
    description: '聘任城管观察员 — appoint a citizen observer for a term (supervisors, administrators)',
  })
  @RequiresRoles('SUPERVISOR', 'ADMIN')
  appointObserver(@Arg('input', () => AppointObserverInput) input: AppointObserverInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ObserverService).appoint(input);
  }

  @Query(() => ObserverConnection, {
    description: '城管观察员 — observer appointments, latest term first (staff)',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  observers(@Args(() => ObserversArgs) args: ObserversArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ObserverService).list(args);
  }
}
