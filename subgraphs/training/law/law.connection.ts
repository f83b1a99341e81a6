import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { Question } from '../question/question.entity';
import { LawArticle } from './law-article.entity';

@ObjectType({ description: '法条列表 — a page of law article versions' })
export class LawArticleConnection extends Connection(LawArticle, '法条') {}

@ObjectType({ description: '试题列表 — a page of bank questions (questions, questionsNeedingReview)' })
export class QuestionReviewConnection extends Connection(Question, '待复核试题') {}
