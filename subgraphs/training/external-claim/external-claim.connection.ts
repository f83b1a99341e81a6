import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { ExternalTrainingClaim } from './external-training-claim.entity';

@ObjectType({ description: '外部培训申报列表 — a page of external-training claims' })
export class ExternalTrainingClaimConnection extends Connection(ExternalTrainingClaim, '外部培训申报') {}
