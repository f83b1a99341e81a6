import path from 'node:path';

import { referenceVia } from '../../kernel/graphql/reference';
import { defineSubgraph } from '../../kernel/server/subgraph-definition';
import { GridCell } from './grid-cell/grid-cell.stub';
import { MERCHANT_CREDIT_CHANGED, onMerchantCreditChanged } from './merchant/credit-changed.consumer';
import { MerchantCredit } from './merchant/merchant-credit.entity';
import { MerchantOperator } from './merchant/merchant-operator.entity';
import { MerchantOperatorResolver } from './merchant/merchant-operator.resolver';
import { MerchantVisit } from './merchant-visit/merchant-visit.entity';
import { MerchantVisitResolver } from './merchant-visit/merchant-visit.resolver';
import { VisitConcern } from './merchant-visit/visit-concern.entity';
import { VisitConcernResolver } from './merchant-visit/visit-concern.resolver';
import { CASE_OPENED_FROM_VISIT_CONCERN } from './merchant-visit/escalation-rules';
import { onCaseOpenedFromVisitConcern } from './merchant-visit/case-opened.consumer';
import { merchantVisitById } from './merchant-visit/merchant-visit.loaders';
import { Case } from './case/case.stub';
import { Merchant } from './merchant/merchant.stub';
import { migrations } from './migrations';
import { OfficerServiceWorkResolver } from './officer/officer-service-work.resolver';
import { officerReference } from './officer/officer.stub';
import { seedService } from './seed/seed-service';
import { ServicePointVisitTally } from './service-point/service-point-visit-tally.entity';
import { ServicePoint } from './service-point/service-point.entity';
import { servicePointById } from './service-point/service-point.loaders';
import { ServicePointResolver } from './service-point/service-point.resolver';
import { Stall } from './stall/stall.entity';
import { stallById } from './stall/stall.loaders';
import { StallResolver } from './stall/stall.resolver';
import { StallPermit } from './stall-permit/stall-permit.entity';
import { StallPermitResolver } from './stall-permit/stall-permit.resolver';
import { Unit } from './unit/unit.stub';
import { VendingZone } from './vending-zone/vending-zone.entity';
import { vendingZoneById } from './vending-zone/vending-zone.loaders';
import { VendingZoneResolver } from './vending-zone/vending-zone.resolver';
import { WorkMixSplitResolver } from './work-mix/work-mix.resolver';
import { WorkMix } from './work-mix/work-mix.stub';

/** 便民服务 subgraph — the 70 in 721: vending zones, stalls, stall permits, merchant visits, service points. */
export const service = defineSubgraph({
  name: 'service',
  dbSchema: 'service',
  migrationsDir: path.join(__dirname, 'migrations'),
  entities: [VendingZone, Stall, StallPermit, MerchantCredit, MerchantOperator, MerchantVisit, VisitConcern, ServicePoint, ServicePointVisitTally],
  resolvers: [VendingZoneResolver, StallResolver, StallPermitResolver, MerchantOperatorResolver, MerchantVisitResolver, VisitConcernResolver, ServicePointResolver, OfficerServiceWorkResolver, WorkMixSplitResolver],
  orphanedTypes: [GridCell, Unit, Merchant, Case, WorkMix],
  references: {
    VendingZone: referenceVia(vendingZoneById, 'id'),
    Stall: referenceVia(stallById, 'id'),
    ServicePoint: referenceVia(servicePointById, 'id'),
    MerchantVisit: referenceVia(merchantVisitById, 'id'),
    Officer: officerReference,
    // pass the @requires fields (enforcement's counts and scope) through to WorkMix.split
    WorkMix: { __resolveReference: (ref: WorkMix) => ({ ...ref }) },
  },
  migrations,
  consumers: { [MERCHANT_CREDIT_CHANGED]: onMerchantCreditChanged, [CASE_OPENED_FROM_VISIT_CONCERN]: onCaseOpenedFromVisitConcern },
  seed: seedService,
});
