import { ArrayType, Entity, Enum, Index, Property } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { Difficulty, QuestionType } from './question-enums';

/** 题库试题 — a bank item: its tags and type. Its content lives in immutable QuestionVersion rows. */
@Entity({ tableName: 'question' })
@ObjectType({ description: '题库试题 — a question bank item (trainers); content is versioned' })
@Index({ properties: ['topic', 'difficulty'] })
export class Question extends BaseEntity {
  @Field(() => QuestionType, { description: '题型 — type (fixed for the item’s life)' })
  @Enum({ items: () => QuestionType, nativeEnumName: 'question_type' })
  type!: QuestionType;

  @Field(() => String, { description: '知识点 — topic, e.g. 首违不罚' })
  @Property({ type: 'string', length: 40 })
  topic!: string;

  @Field(() => String, { nullable: true, description: '法条 — law article, e.g. 《行政处罚法》第三十三条' })
  @Property({ type: 'string', length: 80, nullable: true })
  lawArticle: string | null = null;

  @Field(() => Difficulty, { description: '难度 — difficulty' })
  @Enum({ items: () => Difficulty, nativeEnumName: 'difficulty' })
  difficulty!: Difficulty;

  @Field(() => Int, { description: '当前版本号 — the version new attempts draw' })
  @Property({ type: 'smallint' })
  currentVersion: Opt<number> = 1;

  @Field(() => [String], { description: '标签 — free tags trainers group questions by beside the topic (e.g. 夜市, 新任队员); 0–10, each 1–20 characters' })
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  tags: Opt<string[]> = [];

  @Field(() => Boolean, { description: '待复核 — a law article its current version cites was amended or retired; random papers skip it' })
  @Index()
  @Property({ type: 'boolean', default: false })
  needsReview: Opt<boolean> = false;

  @Field(() => String, { nullable: true, description: '复核原因 — why it needs review' })
  @Property({ type: 'string', length: 300, nullable: true })
  reviewReason: string | null = null;
}
