import { hasRole } from '../../../kernel/auth/actor';
import { NotFoundError } from '../../../kernel/errors/domain-error';
import { maskIdNumber, maskPhone } from '../../../kernel/privacy/mask';
import { BaseService } from '../../../kernel/services/base.service';
import { isUuid, requireExistingShape } from '../case/ids';
import type { Merchant } from './merchant.entity';
import { callerWorksPartyCase, merchantById } from './party.loaders';

/** Personal data of parties: full for ADMIN and the officers assigned to one of the party's cases, masked otherwise. */
export class PartyService extends BaseService {
  private async fullAccess(partyId: string): Promise<boolean> {
    if (hasRole(this.actor, 'ADMIN')) {
      return true;
    }
    if (!hasRole(this.actor, 'OFFICER', 'SUPERVISOR') || !this.actor.subject || !isUuid(this.actor.subject)) {
      return false;
    }
    return this.scope.loaders.get(callerWorksPartyCase).load(partyId);
  }

  /** Full numbers are audited (who, when, which party and field), written once per request. */
  async phone(partyId: string, phone: string | null | undefined, entity = 'Party'): Promise<string | null> {
    if (phone && (await this.fullAccess(partyId))) {
      this.scope.audit.record({ entity, entityId: partyId, field: 'phone' });
      return phone;
    }
    return maskPhone(phone);
  }

  async idNumber(partyId: string, idNumber: string): Promise<string | null> {
    if (await this.fullAccess(partyId)) {
      this.scope.audit.record({ entity: 'Person', entityId: partyId, field: 'idNumber' });
      return idNumber;
    }
    return maskIdNumber(idNumber);
  }

  async merchant(id: string): Promise<Merchant> {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    requireExistingShape('Merchant', id, 'id');
    const m = await this.scope.loaders.get(merchantById).load(id);
    if (!m) {
      throw new NotFoundError('Merchant', id, 'id');
    }
    return m;
  }
}
