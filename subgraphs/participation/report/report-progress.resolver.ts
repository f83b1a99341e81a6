import { Arg, Ctx, Resolver, Root, Subscription } from 'type-graphql';

import type { SubgraphContext } from '../../../kernel/graphql/context';
import type { LiveEvent } from '../../../kernel/live/publish-live';
import { ReportProgressService } from './report-progress.service';
import { Report } from './report.entity';

@Resolver(() => Report)
export class ReportProgressResolver {
  @Subscription(() => Report, {
    description:
      '进度实时推送 — the public progress of a report, live (public, like trackReport): the report, with the same ' +
      'fields as trackReport, each time a step is added to its timeline (accepted, dispatched, in progress, resolved …). ' +
      'Served through the gateway over server-sent events and WebSocket (graphql-ws); an unknown code answers NOT_FOUND.',
    subscribe: ({ args, context }) => (context as SubgraphContext).services.get(ReportProgressService).follow((args as { trackingCode: string }).trackingCode),
  })
  reportProgress(
    @Root() event: LiveEvent,
    @Arg('trackingCode', () => String, { description: '查询码 — the tracking code the reporter received' })
    _trackingCode: string,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(ReportProgressService).current(event);
  }
}
