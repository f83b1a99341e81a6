import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { ViolationType } from './violation-type.entity';

@ObjectType({ description: '违法行为类型列表 — a page of the violation-type catalogue' })
export class ViolationTypeConnection extends Connection(ViolationType, '违法行为类型') {}
