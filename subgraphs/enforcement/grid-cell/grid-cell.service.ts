import type { FilterQuery } from '@mikro-orm/core';

import { NotFoundError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { GridCell } from './grid-cell.entity';
import type { GridCellFilter } from './grid-cell.inputs';
import { gridCellByCode } from './grid-cell.loaders';

/** Grid cells are public reference data (citizens see which cell their report went to). */
export class GridCellService extends BaseService {
  list(args: ConnectionArgs, filter: GridCellFilter = {}) {
    const where: FilterQuery<GridCell> = {};
    if (filter.district) {
      where.district = filter.district;
    }
    if (filter.street) {
      where.street = filter.street;
    }
    if (filter.unitId) {
      where.unit = filter.unitId;
    }
    return paginate(this.em, GridCell, args, {
      where,
      orderBy: { code: 'asc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  async get(code: string): Promise<GridCell> {
    const cell = await this.scope.loaders.get(gridCellByCode).load(code);
    if (!cell) {
      throw new NotFoundError('GridCell', code, 'code');
    }
    return cell;
  }

  /** The cell whose area contains the point, or null (the report is then triaged by hand). */
  async containing(lat: number, lng: number): Promise<GridCell | null> {
    return this.em.findOne(
      GridCell,
      { minLat: { $lte: lat }, maxLat: { $gte: lat }, minLng: { $lte: lng }, maxLng: { $gte: lng } },
      { orderBy: { code: 'asc' } },
    );
  }
}
