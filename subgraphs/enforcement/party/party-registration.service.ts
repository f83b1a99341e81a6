import { ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { Merchant } from './merchant.entity';
import { isMobilePhone, isValidCreditCode, isValidIdNumber } from './party-codes';
import type { RegisterMerchantInput, RegisterPersonInput } from './party.inputs';
import { Person } from './person.entity';

/** Officers register parties on the spot; the natural key (credit code, ID number) makes a repeat return the same party. */
export class PartyRegistrationService extends BaseService {
  async registerMerchant(input: RegisterMerchantInput): Promise<{ merchant: Merchant }> {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    const creditCode = input.creditCode?.trim().toUpperCase() || null;
    if (creditCode && !isValidCreditCode(creditCode)) {
      throw new ValidationError('input.creditCode', 'not a valid unified social credit code (统一社会信用代码)');
    }
    if (input.operatorPhone && !isMobilePhone(input.operatorPhone)) {
      throw new ValidationError('input.operatorPhone', 'operatorPhone must be an 11-digit mainland mobile number');
    }
    const existing = creditCode ? await this.em.findOne(Merchant, { creditCode }) : null;
    if (existing) {
      return { merchant: existing };
    }
    const merchant = this.em.create(Merchant, { ...input, creditCode, operatorPhone: input.operatorPhone ?? null });
    await this.em.flush();
    return { merchant };
  }

  async registerPerson(input: RegisterPersonInput): Promise<{ person: Person }> {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    const idNumber = input.idNumber.trim().toUpperCase();
    if (!isValidIdNumber(idNumber)) {
      throw new ValidationError('input.idNumber', 'not a valid 18-character ID number (公民身份号码)');
    }
    if (input.phone && !isMobilePhone(input.phone)) {
      throw new ValidationError('input.phone', 'phone must be an 11-digit mainland mobile number');
    }
    const existing = await this.em.findOne(Person, { idNumber });
    if (existing) {
      return { person: existing };
    }
    const person = this.em.create(Person, { name: input.name, idNumber, phone: input.phone ?? null });
    await this.em.flush();
    return { person };
  }
}
