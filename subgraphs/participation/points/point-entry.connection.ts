import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { PointEntry } from './point-entry.entity';

@ObjectType({ description: '积分流水列表 — a page of ledger entries' })
export class PointEntryConnection extends Connection(PointEntry, '积分流水') {}
