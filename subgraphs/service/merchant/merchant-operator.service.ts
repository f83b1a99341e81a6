import { BaseService } from '../../../kernel/services/base.service';
import { MerchantOperator } from './merchant-operator.entity';
import type { BindMerchantOperatorInput } from './merchant-operator.inputs';

/** 经营者账号核验: staff bind an account to a merchant; stall applications check the binding. */
export class MerchantOperatorService extends BaseService {
  /** OFFICER, SUPERVISOR or ADMIN; binding twice returns the first binding. */
  async bind(input: BindMerchantOperatorInput): Promise<{ operator: MerchantOperator }> {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    const subject = input.subject.trim();
    const schema = this.em.config.get('schema');
    await this.em.execute(
      `insert into "${schema}".merchant_operator (id, created_at, updated_at, merchant_id, subject, verified_by)
       values (gen_random_uuid(), now(), now(), ?, ?, ?) on conflict (subject, merchant_id) do nothing`,
      [input.merchantId, subject, this.actor.subject],
    );
    return { operator: await this.em.findOneOrFail(MerchantOperator, { merchantId: input.merchantId, subject }) };
  }

  /** Merchant ids the caller operates (empty when anonymous or unbound). */
  async merchantsOfCaller(): Promise<string[]> {
    if (!this.actor.subject) {
      return [];
    }
    const rows = await this.em.find(MerchantOperator, { subject: this.actor.subject }, { fields: ['merchantId'] });
    return rows.map((r) => r.merchantId);
  }
}
