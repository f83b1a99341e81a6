import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { Department } from './department.entity';

/** Partner departments are public reference data. */
export class DepartmentService extends BaseService {
  list(args: ConnectionArgs) {
    return paginate(this.em, Department, args, { where: {}, orderBy: { name: 'asc', id: 'asc' }, maxPageSize: this.scope.config.limits.pageSizeMax });
  }
}
