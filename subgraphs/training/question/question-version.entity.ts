import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

export interface StoredOption {
  key: string;
  text: string;
  correct: boolean;
}

/**
 * 试题版本 — immutable content of a question. Editing a question writes a new version; attempts reference the
 * version they drew, so a graded attempt never changes. Only trainers see this type (answers included).
 */
@Entity({ tableName: 'question_version' })
@ObjectType({ description: '试题版本 — immutable content of a question with its answer (trainers only)' })
@Unique({ properties: ['questionId', 'version'] })
export class QuestionVersion extends BaseEntity {
  @Field(() => ID, { description: '试题 — question id' })
  @Index()
  @Property({ type: 'uuid' })
  questionId!: string;

  @Field(() => Int, { description: '版本号 — 1, 2, …' })
  @Property({ type: 'smallint' })
  version!: number;

  @Field(() => String, { description: '题干 — stem' })
  @Property({ type: 'text' })
  stem!: string;

  /** Options with their correctness (never exposed to examinees; see AttemptOption). */
  @Property({ type: 'json' })
  options!: StoredOption[];

  /** SHORT_ANSWER: keywords; alternatives separated by `|` (e.g. `教育|说服`). */
  @Property({ type: 'text[]' })
  keywords!: string[];

  @Field(() => String, { description: '解析 — explanation' })
  @Property({ type: 'text' })
  explanation!: string;

  @Field(() => ID, { nullable: true, description: '所引法条版本 — the law article version this content cites' })
  @Index()
  @Property({ type: 'uuid', nullable: true })
  lawArticleId: string | null = null;

  @Field(() => String, { nullable: true, description: '修订人 — author of this version' })
  @Property({ type: 'string', length: 80, nullable: true })
  authoredBy: string | null = null;
}
