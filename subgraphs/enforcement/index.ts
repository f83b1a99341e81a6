import path from 'node:path';

import { referenceVia } from '../../kernel/graphql/reference';
import { defineSubgraph } from '../../kernel/server/subgraph-definition';
import { GridCell } from './grid-cell/grid-cell.entity';
import { gridCellByCode } from './grid-cell/grid-cell.loaders';
import { GridCellResolver } from './grid-cell/grid-cell.resolver';
import { migrations } from './migrations';
import { OfficerGridAssignment } from './officer/officer-grid-assignment.entity';
import { Officer } from './officer/officer.entity';
import { officerById } from './officer/officer.loaders';
import { OfficerResolver } from './officer/officer.resolver';
import { seedEnforcement } from './seed/seed-enforcement';
import { Unit } from './unit/unit.entity';
import { unitById } from './unit/unit.loaders';
import { UnitResolver } from './unit/unit.resolver';
import { ViolationType } from './violation-type/violation-type.entity';
import { violationTypeByCode } from './violation-type/violation-type.loaders';
import { ViolationTypeResolver } from './violation-type/violation-type.resolver';

/** 执法案件 subgraph: the bureau's organisation, officers, grid and violation catalogue (later: cases). */
export const enforcement = defineSubgraph({
  name: 'enforcement',
  dbSchema: 'enforcement',
  migrationsDir: path.join(__dirname, 'migrations'),
  entities: [Unit, Officer, GridCell, OfficerGridAssignment, ViolationType],
  resolvers: [OfficerResolver, UnitResolver, GridCellResolver, ViolationTypeResolver],
  references: {
    Officer: referenceVia(officerById, 'id'),
    Unit: referenceVia(unitById, 'id'),
    GridCell: referenceVia(gridCellByCode, 'code'),
    ViolationType: referenceVia(violationTypeByCode, 'code'),
  },
  migrations,
  seed: seedEnforcement,
});
