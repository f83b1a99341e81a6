import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { PenaltyDisclosure } from './penalty-disclosure.entity';

@ObjectType({ description: '行政处罚决定公示列表 — a page of published penalty decisions' })
export class PenaltyDisclosureConnection extends Connection(PenaltyDisclosure, '行政处罚决定公示') {}
