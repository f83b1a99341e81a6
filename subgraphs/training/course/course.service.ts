import type { FilterQuery } from '@mikro-orm/core';

import { hasRole } from '../../../kernel/auth/actor';
import { NotFoundError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { Course } from './course.entity';
import type { CourseFilter } from './course.inputs';
import { courseById } from './course.loaders';

export class CourseService extends BaseService {
  private get seesDrafts(): boolean {
    return hasRole(this.actor, 'TRAINER', 'ADMIN');
  }

  /** Officers see published courses; trainers and admins see drafts too. */
  list(args: ConnectionArgs, filter: CourseFilter = {}) {
    this.requireRole('OFFICER', 'SUPERVISOR', 'TRAINER', 'ADMIN');
    const where: FilterQuery<Course> = this.seesDrafts ? {} : { published: true };
    if (filter.category) {
      where.category = filter.category;
    }
    return paginate(this.em, Course, args, {
      where,
      orderBy: { code: 'asc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  async get(id: string): Promise<Course> {
    this.requireRole('OFFICER', 'SUPERVISOR', 'TRAINER', 'ADMIN');
    const course = await this.scope.loaders.get(courseById).load(id);
    if (!course || (!course.published && !this.seesDrafts)) {
      throw new NotFoundError('Course', id, 'id');
    }
    return course;
  }
}
