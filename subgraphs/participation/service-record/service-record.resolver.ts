import { Ctx, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { ServiceRecord } from './service-record.types';
import { ServiceRecordService } from './service-record.service';

@Resolver(() => ServiceRecord)
export class ServiceRecordResolver {
  @Query(() => ServiceRecord, {
    description: "我的志愿服务记录 — the caller's record of approved service, with a CSV export (volunteers)",
  })
  @RequiresRoles('VOLUNTEER')
  myServiceRecord(@Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ServiceRecordService).mine();
  }
}
