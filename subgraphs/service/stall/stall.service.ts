import type { FilterQuery } from '@mikro-orm/core';

import { NotFoundError } from '../../../kernel/errors/domain-error';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { VendingZoneService } from '../vending-zone/vending-zone.service';
import { Stall } from './stall.entity';
import type { StallsArgs } from './stall.inputs';
import { stallById } from './stall.loaders';

/** 标准摊位: the stalls of a zone (public). */
export class StallService extends BaseService {
  async list(args: StallsArgs) {
    await this.scope.services.get(VendingZoneService).get(args.zoneId, 'zoneId');
    const where: FilterQuery<Stall> = { zoneId: args.zoneId };
    if (args.filter?.status) {
      where.status = args.filter.status;
    }
    if (args.filter?.category) {
      where.category = args.filter.category;
    }
    return paginate(this.em, Stall, args, { where, orderBy: { number: 'asc', id: 'asc' }, maxPageSize: this.scope.config.limits.pageSizeMax });
  }

  async get(id: string, field = 'id'): Promise<Stall> {
    const stall = await this.scope.loaders.get(stallById).load(id);
    if (!stall) {
      throw new NotFoundError('Stall', id, field);
    }
    return stall;
  }
}
