import { NotFoundError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { Unit } from './unit.entity';
import { unitById } from './unit.loaders';

/** The organisation chart is public (it is printed on every supervision card). */
export class UnitService extends BaseService {
  list(args: ConnectionArgs, parentId?: string | null) {
    return paginate(this.em, Unit, args, {
      where: parentId ? { parent: parentId } : {},
      orderBy: { name: 'asc', id: 'asc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  async get(id: string): Promise<Unit> {
    const unit = await this.scope.loaders.get(unitById).load(id);
    if (!unit) {
      throw new NotFoundError('Unit', id, 'id');
    }
    return unit;
  }
}
