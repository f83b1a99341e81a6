import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { Drill } from './drill.entity';
import { DrillRun } from './drill-run.entity';

@ObjectType({ description: '情景模拟列表 — a page of drills' })
export class DrillConnection extends Connection(Drill, '情景模拟') {}

@ObjectType({ description: '演练记录列表 — a page of drill runs' })
export class DrillRunConnection extends Connection(DrillRun, '演练记录') {}
