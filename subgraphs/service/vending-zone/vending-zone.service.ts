import type { FilterQuery } from '@mikro-orm/core';

import { NotFoundError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { findZonesNear } from './nearby-zones';
import { VendingZoneStatus } from './vending-zone-enums';
import { VendingZone } from './vending-zone.entity';
import type { VendingZoneFilter, VendingZonesNearArgs } from './vending-zone.inputs';
import { vendingZoneById } from './vending-zone.loaders';

/** 便民疏导点: public search (open zones near a point, by time window) and listing. */
export class VendingZoneService extends BaseService {
  near(args: VendingZonesNearArgs) {
    return findZonesNear(this.em, args);
  }

  list(args: ConnectionArgs, filter: VendingZoneFilter) {
    const where: FilterQuery<VendingZone> = { status: VendingZoneStatus.OPEN };
    if (filter.kind) {
      where.kind = filter.kind;
    }
    if (filter.gridCode) {
      where.gridCode = filter.gridCode;
    }
    return paginate(this.em, VendingZone, args, { where, orderBy: { name: 'asc', id: 'asc' }, maxPageSize: this.scope.config.limits.pageSizeMax });
  }

  async get(id: string, field = 'id'): Promise<VendingZone> {
    const zone = await this.scope.loaders.get(vendingZoneById).load(id);
    if (!zone) {
      throw new NotFoundError('VendingZone', id, field);
    }
    return zone;
  }
}
