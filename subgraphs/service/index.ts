import path from 'node:path';

import { referenceVia } from '../../kernel/graphql/reference';
import { defineSubgraph } from '../../kernel/server/subgraph-definition';
import { GridCell } from './grid-cell/grid-cell.stub';
import { MERCHANT_CREDIT_CHANGED, onMerchantCreditChanged } from './merchant/credit-changed.consumer';
import { MerchantCredit } from './merchant/merchant-credit.entity';
import { Merchant } from './merchant/merchant.stub';
import { migrations } from './migrations';
import { seedService } from './seed/seed-service';
import { Stall } from './stall/stall.entity';
import { stallById } from './stall/stall.loaders';
import { StallResolver } from './stall/stall.resolver';
import { StallPermit } from './stall-permit/stall-permit.entity';
import { StallPermitResolver } from './stall-permit/stall-permit.resolver';
import { Unit } from './unit/unit.stub';
import { VendingZone } from './vending-zone/vending-zone.entity';
import { vendingZoneById } from './vending-zone/vending-zone.loaders';
import { VendingZoneResolver } from './vending-zone/vending-zone.resolver';

/** 便民服务 subgraph — the 70 in 721: vending zones, stalls and stall permits. */
export const service = defineSubgraph({
  name: 'service',
  dbSchema: 'service',
  migrationsDir: path.join(__dirname, 'migrations'),
  entities: [VendingZone, Stall, StallPermit, MerchantCredit],
  resolvers: [VendingZoneResolver, StallResolver, StallPermitResolver],
  orphanedTypes: [GridCell, Unit, Merchant],
  references: {
    VendingZone: referenceVia(vendingZoneById, 'id'),
    Stall: referenceVia(stallById, 'id'),
  },
  migrations,
  consumers: { [MERCHANT_CREDIT_CHANGED]: onMerchantCreditChanged },
  seed: seedService,
});
