import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { SubgraphContext } from '../../../kernel/graphql/context';
import { questionVersionByNumber } from './question.loaders';
import { QuestionVersion } from './question-version.entity';
import { Question } from './question.entity';

@Resolver(() => Question)
export class QuestionFieldsResolver {
  @FieldResolver(() => QuestionVersion, { description: '当前版本 — the content new attempts draw (stem, explanation, cited law article)' })
  current(@Root() question: Question, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(questionVersionByNumber).load(`${question.id}|${question.currentVersion}`);
  }
}
