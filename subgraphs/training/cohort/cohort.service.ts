import { BaseService } from '../../../kernel/services/base.service';
import { Cohort } from './cohort.entity';
import type { CreateCohortInput } from './cohort.inputs';

export class CohortService extends BaseService {
  async create(input: CreateCohortInput): Promise<{ cohort: Cohort }> {
    this.requireRole('TRAINER', 'ADMIN');
    const cohort = this.em.create(Cohort, { name: input.name.trim(), officerIds: [...new Set(input.officerIds)] });
    await this.em.flush();
    return { cohort };
  }
}
