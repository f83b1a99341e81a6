import { IsUUID } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { Exam } from '../exam/exam.entity';
import { Question } from '../question/question.entity';
import { LawArticle } from './law-article.entity';

@InputType({ description: '修订法条 — a new version replaces the current one' })
export class AmendLawArticleInput {
  @Field(() => ID, { description: '法条版本 — the CURRENT version being amended' })
  @IsUUID()
  lawArticleId!: string;

  @Field(() => String, { description: '新版本 — label of the new version, 2–40 characters, e.g. 2026年修订' })
  newVersionLabel!: string;

  @Field(() => String, { description: '施行日期 — effective on (YYYY-MM-DD)' })
  effectiveOn!: string;

  @Field(() => String, { description: '内容要点 — summary of the new text, 5–500 characters' })
  summary!: string;
}

@InputType({ description: '废止法条 — the article is repealed' })
export class RetireLawArticleInput {
  @Field(() => ID, { description: '法条版本 — the CURRENT version being retired' })
  @IsUUID()
  lawArticleId!: string;

  @Field(() => String, { description: '理由 — reason, 5–500 characters' })
  reason!: string;
}

@ObjectType({ description: 'Result of amendLawArticle / retireLawArticle' })
export class LawArticlePayload {
  @Field(() => LawArticle, { description: '原版本 — the old version, now AMENDED or RETIRED' })
  previous!: LawArticle;

  @Field(() => LawArticle, { nullable: true, description: '新版本 — the new CURRENT version (amend only)' })
  current!: LawArticle | null;

  @Field(() => Int, { description: '待复核试题数 — questions flagged for review' })
  flaggedQuestions!: number;

  @Field(() => [Question], { description: '待复核试题 — the questions this change flagged (random papers skip them until revised)' })
  flagged!: Question[];

  @Field(() => [Exam], { description: '受影响考试 — published exams, not yet closed, that can no longer draw a paper (see Exam.readiness)' })
  examsUnableToDraw!: Exam[];
}
