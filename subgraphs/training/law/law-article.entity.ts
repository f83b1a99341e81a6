import { Entity, Enum, Index, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { LawArticleStatus } from './law-enums';

/**
 * 法条版本 — one version of one article of a law. Question versions cite a row; amending writes a new CURRENT
 * row (supersedes points to the old one) and marks the old AMENDED; retiring marks it RETIRED.
 */
@Entity({ tableName: 'law_article' })
@ObjectType({ description: '法条 — one version of a law article cited by questions (trainers)' })
@Unique({ properties: ['lawName', 'article', 'versionLabel'] })
export class LawArticle extends BaseEntity {
  /** `status` has a default; typed as the plain enum (not `Opt<…>`) so comparisons with its members type-check. */
  [OptionalProps]?: 'status';

  @Field(() => String, { description: '法律名称 — law, e.g. 《中华人民共和国行政处罚法》' })
  @Property({ type: 'string', length: 60 })
  lawName!: string;

  @Field(() => String, { description: '条 — article, e.g. 第三十三条' })
  @Property({ type: 'string', length: 30 })
  article!: string;

  @Field(() => String, { description: '版本 — version label, e.g. 2021年修订' })
  @Property({ type: 'string', length: 40 })
  versionLabel!: string;

  @Field(() => String, { description: '施行日期 — effective on (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  effectiveOn!: string;

  @Field(() => String, { description: '内容要点 — summary of the article text' })
  @Property({ type: 'string', length: 500 })
  summary!: string;

  @Field(() => LawArticleStatus, { description: '状态 — status' })
  @Index()
  @Enum({ items: () => LawArticleStatus, nativeEnumName: 'law_article_status' })
  status: LawArticleStatus = LawArticleStatus.CURRENT;

  @Field(() => ID, { nullable: true, description: '取代的版本 — the version this one replaced' })
  @Property({ type: 'uuid', nullable: true })
  supersedes: string | null = null;

  @Field(() => String, { nullable: true, description: '修订/废止说明 — why it was amended or retired' })
  @Property({ type: 'string', length: 500, nullable: true })
  statusReason: string | null = null;
}
