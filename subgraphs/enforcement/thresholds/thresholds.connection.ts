import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { EnforcementThresholds } from './enforcement-thresholds.entity';

@ObjectType({ description: '执法制度阈值版本列表 — a page of threshold versions' })
export class EnforcementThresholdsConnection extends Connection(EnforcementThresholds, '执法制度阈值版本') {}
