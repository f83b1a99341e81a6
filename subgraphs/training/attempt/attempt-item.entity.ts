import { Entity, Index, Property, Unique } from '@mikro-orm/core';

import { BaseEntity } from '../../../kernel/db/base.entity';

/** 作答题目 — one drawn question of an attempt: the version drawn, the shuffled option order, the response. */
@Entity({ tableName: 'attempt_item' })
@Unique({ properties: ['attemptId', 'position'] })
export class AttemptItem extends BaseEntity {
  @Property({ type: 'uuid' })
  attemptId!: string;

  @Property({ type: 'smallint' })
  position!: number;

  @Index()
  @Property({ type: 'uuid' })
  questionId!: string;

  @Index()
  @Property({ type: 'uuid' })
  questionVersionId!: string;

  /** Original option keys in the order shown (labels A, B, C … map to these). */
  @Property({ type: 'text[]' })
  optionOrder!: string[];

  /** Original option keys chosen. */
  @Property({ type: 'text[]', nullable: true })
  selectedKeys: string[] | null = null;

  @Property({ type: 'text', nullable: true })
  answerText: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  answeredAt: Date | null = null;

  /** 0…1, set when graded (a CASE_ANALYSIS answer by a trainer: gradedBy, gradedAt, graderComment). */
  @Property({ type: 'decimal', precision: 4, scale: 2, runtimeType: 'number', nullable: true })
  score: number | null = null;

  @Property({ type: 'string', length: 80, nullable: true })
  gradedBy: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  gradedAt: Date | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  graderComment: string | null = null;
}
