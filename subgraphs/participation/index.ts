import path from 'node:path';

import { referenceVia } from '../../kernel/graphql/reference';
import { defineSubgraph } from '../../kernel/server/subgraph-definition';
import { migrations } from './migrations';
import { Report } from './report/report.entity';
import { reportById } from './report/report.loaders';
import { ReportResolver } from './report/report.resolver';
import { seedParticipation } from './seed/seed-participation';

/** 志愿者与公众参与 subgraph: citizen reports (later: volunteers, points, supervision, street rating). */
export const participation = defineSubgraph({
  name: 'participation',
  dbSchema: 'participation',
  migrationsDir: path.join(__dirname, 'migrations'),
  entities: [Report],
  resolvers: [ReportResolver],
  references: { Report: referenceVia(reportById, 'id') },
  migrations,
  seed: seedParticipation,
});
