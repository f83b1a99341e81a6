import { hasRole } from '../../../kernel/auth/actor';
import { ForbiddenError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { shanghaiDate } from '../enrollment/shanghai-date';
import { certificationHistory } from './certification-history';
import type { CertEvent } from './certification-history';
import { certificationRecordsByOfficer } from './certification-history.loaders';
import type { Certification } from './certification.entity';

export class CertificationHistoryService extends BaseService {
  /** The officer themself, supervisors, trainers and admins (as for `Officer.certification`). */
  async history(officerId: string): Promise<CertEvent<Certification>[]> {
    this.requireSignedIn();
    if (this.actor.subject !== officerId && !hasRole(this.actor, 'SUPERVISOR', 'TRAINER', 'ADMIN')) {
      throw new ForbiddenError('Only the officer, supervisors and trainers may see this');
    }
    const records = await this.scope.loaders.get(certificationRecordsByOfficer).load(officerId);
    return certificationHistory(records, shanghaiDate(new Date()));
  }
}
