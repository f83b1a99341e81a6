import path from 'node:path';

import { referenceVia } from '../../kernel/graphql/reference';
import { defineSubgraph } from '../../kernel/server/subgraph-definition';
import { GridCell } from './grid-cell/grid-cell.stub';
import { migrations } from './migrations';
import { seedService } from './seed/seed-service';
import { Stall } from './stall/stall.entity';
import { stallById } from './stall/stall.loaders';
import { StallResolver } from './stall/stall.resolver';
import { Unit } from './unit/unit.stub';
import { VendingZone } from './vending-zone/vending-zone.entity';
import { vendingZoneById } from './vending-zone/vending-zone.loaders';
import { VendingZoneResolver } from './vending-zone/vending-zone.resolver';

/** 便民服务 subgraph — the 70 in 721: vending zones and stalls. */
export const service = defineSubgraph({
  name: 'service',
  dbSchema: 'service',
  migrationsDir: path.join(__dirname, 'migrations'),
  entities: [VendingZone, Stall],
  resolvers: [VendingZoneResolver, StallResolver],
  orphanedTypes: [GridCell, Unit],
  references: {
    VendingZone: referenceVia(vendingZoneById, 'id'),
    Stall: referenceVia(stallById, 'id'),
  },
  migrations,
  seed: seedService,
});
