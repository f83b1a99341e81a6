import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { AssessmentLine } from './community-rules';

/** 双线考核 — one rating of a community post: by a resident (居民) or by the squad (中队); rating again replaces it. */
@Entity({ tableName: 'community_rating' })
@Unique({ properties: ['postId', 'line', 'raterSubject'] })
@Index({ properties: ['officerId', 'updatedAt'] })
export class CommunityRating extends BaseEntity {
  @Property({ type: 'uuid' })
  postId!: string;

  /** The officer stationed when the rating was given (enforcement Officer id). */
  @Property({ type: 'uuid' })
  officerId!: string;

  @Enum({ items: () => AssessmentLine, nativeEnumName: 'assessment_line' })
  line!: AssessmentLine;

  @Property({ type: 'string', length: 80 })
  raterSubject!: string;

  /** 1–5. */
  @Property({ type: 'smallint' })
  score!: number;
}
