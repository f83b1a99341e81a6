import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { Unit } from './unit.entity';

@ObjectType({ description: '执法单位列表 — a page of units' })
export class UnitConnection extends Connection(Unit, '执法单位') {}
