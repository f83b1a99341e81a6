import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { Whistle } from './whistle.entity';

@ObjectType({ description: '吹哨列表 — a page of whistles' })
export class WhistleConnection extends Connection(Whistle, '吹哨报到') {}
