import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import type { LiveEvent } from '../../../kernel/live/publish-live';
import { CaseUpdatesService } from './case-updates.service';
import { Case } from './case.entity';

@Resolver(() => Case)
export class CaseUpdatesResolver {
  @Subscription(() => Case, {
    description:
      '案件动态 — the cases of a unit, live: the case each time one is opened, assigned or takes a lifecycle step ' +
      '(officers and supervisors of that unit; ADMIN any unit; others FORBIDDEN, an unknown unit NOT_FOUND). ' +
      'Served through the gateway over server-sent events and WebSocket (graphql-ws).',
    subscribe: ({ args, context }) => (context as SubgraphContext).services.get(CaseUpdatesService).follow((args as { unitId: string }).unitId),
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  caseUpdates(
    @Root() event: LiveEvent,
    @Arg('unitId', () => ID, { description: '中队 — the unit whose cases to follow' }) _unitId: string,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(CaseUpdatesService).current(event);
  }
}
