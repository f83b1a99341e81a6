import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { Officer } from './officer.entity';

@ObjectType({ description: '执法队员列表 — a page of officers' })
export class OfficerConnection extends Connection(Officer, '执法队员') {}
