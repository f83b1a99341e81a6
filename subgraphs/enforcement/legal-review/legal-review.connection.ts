import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { LegalReview } from './legal-review.entity';

@ObjectType({ description: '法制审核列表 — a page of legal reviews' })
export class LegalReviewConnection extends Connection(LegalReview, '法制审核') {}
