import type { FilterQuery } from '@mikro-orm/core';

import { hasRole } from '../../../kernel/auth/actor';
import { NotFoundError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { maskPhone } from '../../../kernel/privacy/mask';
import { BaseService } from '../../../kernel/services/base.service';
import type { OfficerFilter } from './officer.inputs';
import { educationFirstShareByOfficer } from './officer-cases.loaders';
import { OfficerGridAssignment } from './officer-grid-assignment.entity';
import { officerById } from './officer.loaders';
import { Officer } from './officer.entity';

export class OfficerService extends BaseService {
  /** The roster is for signed-in staff and citizens alike; phones are never in it unmasked. */
  async list(args: ConnectionArgs, filter: OfficerFilter = {}) {
    this.requireSignedIn();
    const where: FilterQuery<Officer> = {};
    if (filter.unitId) {
      where.unit = filter.unitId;
    }
    if (filter.status) {
      where.status = filter.status;
    }
    if (filter.gridCode) {
      const assigned = await this.em.find(OfficerGridAssignment, { gridCell: { code: filter.gridCode } }, { fields: ['officer'] });
      where.id = { $in: assigned.map((a) => a.officer.id) };
    }
    return paginate(this.em, Officer, args, {
      where,
      orderBy: { badgeNumber: 'asc', id: 'asc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  async get(id: string): Promise<Officer> {
    this.requireSignedIn();
    const officer = await this.scope.loaders.get(officerById).load(id);
    if (!officer) {
      throw new NotFoundError('Officer', id, 'id');
    }
    return officer;
  }

  /** Full number for ADMIN (audited) and the officer themself; masked (`138****5678`) for everyone else. */
  phoneFor(officer: Officer): string | null {
    if (this.actor.subject === officer.id) {
      return officer.phone ?? null;
    }
    if (hasRole(this.actor, 'ADMIN') && officer.phone) {
      this.scope.audit.record({ entity: 'Officer', entityId: officer.id, field: 'phone' });
      return officer.phone;
    }
    return maskPhone(officer.phone);
  }

  /** 人性化程度 of the officer's cases, for the officer, supervisors, trainers and admins; null for others. */
  async educationFirstShare(officer: Officer): Promise<number | null> {
    const allowed = this.actor.subject === officer.id || hasRole(this.actor, 'SUPERVISOR', 'TRAINER', 'ADMIN');
    return allowed ? this.scope.loaders.get(educationFirstShareByOfficer).load(officer.id) : null;
  }
}
