import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { QuestionBankService } from './question-bank.service';
import { CreateQuestionInput, QuestionPayload, ReviseQuestionInput, SetQuestionTagsInput } from './question.inputs';
import { Question } from './question.entity';

@Resolver()
export class QuestionResolver {
  @Mutation(() => QuestionPayload, { description: '新建试题 — adds a question to the bank (trainers)' })
  @RequiresRoles('TRAINER', 'ADMIN')
  createQuestion(@Arg('input', () => CreateQuestionInput) input: CreateQuestionInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(QuestionBankService).create(input);
  }

  @Mutation(() => QuestionPayload, { description: '修订试题 — a new version; graded attempts keep the version they drew (trainers)' })
  @RequiresRoles('TRAINER', 'ADMIN')
  reviseQuestion(@Arg('input', () => ReviseQuestionInput) input: ReviseQuestionInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(QuestionBankService).revise(input);
  }

  @Mutation(() => Question, { description: '设置试题标签 — replaces a question’s tags (trainers); no new version' })
  @RequiresRoles('TRAINER', 'ADMIN')
  setQuestionTags(@Arg('input', () => SetQuestionTagsInput) input: SetQuestionTagsInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(QuestionBankService).setTags(input);
  }
}
