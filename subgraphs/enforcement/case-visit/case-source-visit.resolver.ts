import { FieldResolver, Resolver, Root } from 'type-graphql';

import { Case } from '../case/case.entity';
import { MerchantVisit } from './merchant-visit.stub';

@Resolver(() => Case)
export class CaseSourceVisitResolver {
  @FieldResolver(() => MerchantVisit, {
    nullable: true,
    description: '来源走访 — the merchant visit whose concern this case was opened from (source MERCHANT_VISIT)',
  })
  sourceVisit(@Root() c: Case): MerchantVisit | null {
    return c.sourceVisitId ? { id: c.sourceVisitId } : null;
  }
}
