import type { FilterQuery } from '@mikro-orm/core';

import { NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { chinaDate } from '../../../kernel/time/china-time';
import { requireSquadStaff } from '../unit/squad-staff';
import { ServicePoint } from './service-point.entity';
import type { RecordServicePointVisitsInput, ServicePointFilter, StaffServicePointInput } from './service-point.inputs';
import { servicePointById } from './service-point.loaders';

/** 便民服务点: public listing and the squad's daily count of visits. */
export class ServicePointService extends BaseService {
  list(args: ConnectionArgs, filter: ServicePointFilter) {
    const where: FilterQuery<ServicePoint> = {};
    if (filter.gridCode) {
      where.gridCode = filter.gridCode;
    }
    if (filter.amenity) {
      where.amenities = { $contains: [filter.amenity] };
    }
    return paginate(this.em, ServicePoint, args, { where, orderBy: { name: 'asc', id: 'asc' }, maxPageSize: this.scope.config.limits.pageSizeMax });
  }

  async get(id: string, field = 'id'): Promise<ServicePoint> {
    const point = await this.scope.loaders.get(servicePointById).load(id);
    if (!point) {
      throw new NotFoundError('ServicePoint', id, field);
    }
    return point;
  }

  async recordVisits(input: RecordServicePointVisitsInput): Promise<{ servicePoint: ServicePoint }> {
    const point = await this.get(input.servicePointId, 'input.servicePointId');
    requireSquadStaff(this.actor, point.unitId);
    const day = new Date(`${input.day}T00:00:00+08:00`);
    if (Number.isNaN(day.getTime()) || chinaDate(day) !== input.day || input.day > chinaDate()) {
      throw new ValidationError('input.day', 'day must be a real date, not in the future (YYYY-MM-DD)');
    }
    const schema = this.em.config.get('schema');
    await this.em.execute(
      `insert into "${schema}".service_point_visit_tally (service_point_id, day, visitor_group, visits) values (?, ?, ?, ?)
       on conflict (service_point_id, day, visitor_group) do update set visits = "${schema}".service_point_visit_tally.visits + excluded.visits`,
      [point.id, input.day, input.visitorGroup, input.visits],
    );
    this.scope.loaders.clearAll();
    return { servicePoint: point };
  }

  /** 志愿者驻点: the squad names (or clears) the volunteer activity that staffs the point. */
  async staff(input: StaffServicePointInput): Promise<{ servicePoint: ServicePoint }> {
    const point = await this.get(input.servicePointId, 'input.servicePointId');
    requireSquadStaff(this.actor, point.unitId);
    await this.em.nativeUpdate(ServicePoint, { id: point.id }, { volunteerActivityId: input.activityId ?? null });
    this.scope.loaders.clearAll();
    return { servicePoint: await this.get(point.id) };
  }
}
