import { hasRole } from '../../../kernel/auth/actor';
import { ForbiddenError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { serviceWorkByOfficerPeriod } from './service-work.loaders';
import type { ServicePeriodInput, ServiceWork } from './service-work.types';

const MAX_PERIOD_DAYS = 366;

/** Officer.serviceWork: the officer themselves, supervisors and ADMIN. */
export class ServiceWorkService extends BaseService {
  of(officerId: string, period: ServicePeriodInput): Promise<ServiceWork> {
    this.requireSignedIn();
    if (this.actor.subject !== officerId && !hasRole(this.actor, 'SUPERVISOR', 'ADMIN')) {
      throw new ForbiddenError('Only the officer, a supervisor or ADMIN may see this');
    }
    const span = period.to.getTime() - period.from.getTime();
    if (!(span > 0) || span > MAX_PERIOD_DAYS * 86_400_000) {
      throw new ValidationError('period.to', `the period must end after it starts, at most ${MAX_PERIOD_DAYS} days later`);
    }
    return this.scope.loaders.get(serviceWorkByOfficerPeriod).load(`${officerId}|${period.from.toISOString()}|${period.to.toISOString()}`);
  }
}
