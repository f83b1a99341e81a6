import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { StreetRatingRound } from './street-rating.entities';

@ObjectType({ description: '街路评比列表 — a page of rating rounds' })
export class StreetRatingRoundConnection extends Connection(StreetRatingRound, '街路评比') {}
