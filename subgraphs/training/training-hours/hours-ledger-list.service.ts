import type { FilterQuery } from '@mikro-orm/core';

import { ForbiddenError, ValidationError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { TrainingProfile } from '../profile/training-profile.entity';
import { unitAncestryIds } from '../unit/unit-subtree';
import { mayReadLedger } from './ledger-access';
import { TrainingHoursEntry } from './training-hours-entry.entity';

/** 学时台账明细: an officer's ledger entries, newest first, for the readers `mayReadLedger` allows. */
export class HoursLedgerListService extends BaseService {
  async entries(officerId: string, year: number | null, args: ConnectionArgs) {
    this.requireSignedIn();
    if (year !== null && (!Number.isInteger(year) || year < 2000 || year > 2100)) {
      throw new ValidationError('year', 'year must be between 2000 and 2100');
    }
    if (!mayReadLedger(this.actor, officerId, await this.ancestryOf(officerId))) {
      throw new ForbiddenError('Only the officer, supervisors of their unit and trainers may see this ledger');
    }
    const where: FilterQuery<TrainingHoursEntry> = year === null ? { officerId } : { officerId, year };
    return paginate(this.em, TrainingHoursEntry, args, {
      where,
      orderBy: { createdAt: 'desc', id: 'desc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  /** Only a supervisor's access depends on the unit tree; others skip the lookups. */
  private async ancestryOf(officerId: string): Promise<string[]> {
    if (this.actor.subject === officerId || this.actor.unitId === null) {
      return [];
    }
    const profile = await this.em.findOne(TrainingProfile, { officerId }, { fields: ['unitId'] });
    return profile ? unitAncestryIds(this.em, profile.unitId) : [];
  }
}
