import type { FilterQuery } from '@mikro-orm/core';

import { NotFoundError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { ViolationType } from './violation-type.entity';
import type { ViolationTypeFilter } from './violation-type.inputs';
import { violationTypeByCode } from './violation-type.loaders';

/** The catalogue is public: citizens and merchants may read what is a violation and what it costs. */
export class ViolationTypeService extends BaseService {
  list(args: ConnectionArgs, filter: ViolationTypeFilter = {}) {
    const where: FilterQuery<ViolationType> = {};
    if (filter.category) {
      where.category = filter.category;
    }
    if (typeof filter.onExemptionList === 'boolean') {
      where.onExemptionList = filter.onExemptionList;
    }
    return paginate(this.em, ViolationType, args, {
      where,
      orderBy: { code: 'asc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  async get(code: string): Promise<ViolationType> {
    const type = await this.scope.loaders.get(violationTypeByCode).load(code);
    if (!type) {
      throw new NotFoundError('ViolationType', code, 'code');
    }
    return type;
  }
}
