import type { FilterQuery } from '@mikro-orm/core';

import { likeContains } from '../../../kernel/db/like-pattern';
import { NotFoundError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { Cohort } from './cohort.entity';
import type { CohortFilterInput } from './cohort-filter.inputs';

/** `%`, `_` and `\` match themselves in a LIKE pattern built from user text. */

/** 培训班列表: trainers and supervisors browse cohorts, newest first. */
export class CohortListService extends BaseService {
  list(filter: CohortFilterInput | null | undefined, args: ConnectionArgs) {
    this.requireRole('SUPERVISOR', 'TRAINER', 'ADMIN');
    const and: FilterQuery<Cohort>[] = [];
    const name = filter?.nameContains?.trim();
    if (name) {
      and.push({ name: { $ilike: likeContains(name) } });
    }
    if (filter?.memberId) {
      and.push({ officerIds: { $contains: [filter.memberId] } });
    }
    return paginate(this.em, Cohort, args, {
      where: and.length > 0 ? { $and: and } : {},
      orderBy: { createdAt: 'desc', id: 'desc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  /** One cohort by id; NOT_FOUND on id when there is none. */
  async get(id: string): Promise<Cohort> {
    this.requireRole('SUPERVISOR', 'TRAINER', 'ADMIN');
    const cohort = await this.em.findOne(Cohort, { id });
    if (!cohort) {
      throw new NotFoundError('Cohort', id, 'id');
    }
    return cohort;
  }
}
