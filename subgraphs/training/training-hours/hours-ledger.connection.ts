import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { TrainingHoursEntry } from './training-hours-entry.entity';

@ObjectType({ description: '学时台账 — a page of an officer’s training-hours ledger entries' })
export class TrainingHoursEntryConnection extends Connection(TrainingHoursEntry, '学时台账条目') {}
