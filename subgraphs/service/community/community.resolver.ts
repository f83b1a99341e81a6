import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Authenticated, RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { GridCell } from '../grid-cell/grid-cell.stub';
import { Officer } from '../officer/officer.stub';
import { CommunityPost } from './community-post.entity';
import {
  AnswerCommunityOpinionInput,
  AssignCommunityPostInput,
  CommunityPostPayload,
  OpinionBoxStats,
  OpinionItemConnection,
  OpinionItemPayload,
  OpinionItemsArgs,
  SubmitCommunityOpinionInput,
} from './community.inputs';
import { CommunityAssessmentService } from './community-assessment.service';
import { assessmentByPost } from './community-assessment.loaders';
import { CommunityAssessment, RateCommunityPostInput, RateCommunityPostPayload } from './community-assessment.types';
import { opinionStatsByPost } from './community.loaders';
import { CommunityService } from './community.service';

@Resolver(() => CommunityPost)
export class CommunityPostResolver {
  @Mutation(() => CommunityPostPayload, {
    description: '派驻社区 — station an officer of the squad in a community, with the contact card (SUPERVISOR of the squad)',
  })
  @RequiresRoles('SUPERVISOR')
  assignCommunityPost(@Arg('input', () => AssignCommunityPostInput) input: AssignCommunityPostInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CommunityService).assign(input);
  }

  @Query(() => CommunityPost, { description: '便民服务联系卡 — the contact card of the officer stationed in a community, by grid cell (public)' })
  communityContactCard(@Arg('gridCode', () => ID, { description: '网格编码 of the community' }) gridCode: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CommunityService).byGrid(gridCode);
  }

  @Mutation(() => OpinionItemPayload, {
    description:
      "提交社区意见 — leave an opinion in a community's box (anyone; the submitter is never shown). At most 5 per client (signed-in subject, else address) in 10 minutes: RATE_LIMITED with retryAfterSeconds after that",
  })
  submitCommunityOpinion(@Arg('input', () => SubmitCommunityOpinionInput) input: SubmitCommunityOpinionInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CommunityService).submit(input);
  }

  @Mutation(() => OpinionItemPayload, {
    description: '答复社区意见 — answer an opinion once (the stationed officer, staff of the squad, ADMIN); CONFLICT when already answered',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  answerCommunityOpinion(@Arg('input', () => AnswerCommunityOpinionInput) input: AnswerCommunityOpinionInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CommunityService).answer(input);
  }

  @Mutation(() => RateCommunityPostPayload, {
    description:
      '社区评价 — rate a community post 1–5 (双线考核): supervisors of the squad on the squad line, other signed-in callers as residents; not the stationed officer',
  })
  @Authenticated()
  rateCommunityPost(@Arg('input', () => RateCommunityPostInput) input: RateCommunityPostInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CommunityAssessmentService).rate(input);
  }

  @FieldResolver(() => CommunityAssessment, { description: "双线考核 — the squad's and the residents' ratings of the last 365 days (public)" })
  assessment(@Root() post: CommunityPost, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(assessmentByPost).load(post.id);
  }

  @FieldResolver(() => Officer, { description: '派驻队员 — the stationed officer (name, badge and supervision card from enforcement)' })
  officer(@Root() post: CommunityPost): Officer {
    return { id: post.officerId };
  }

  @FieldResolver(() => GridCell, { description: "网格 — the community's grid cell" })
  grid(@Root() post: CommunityPost): GridCell {
    return { code: post.gridCode };
  }

  @FieldResolver(() => OpinionBoxStats, { description: '意见箱 — opinions received and answered (public)' })
  opinionBox(@Root() post: CommunityPost, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(opinionStatsByPost).load(post.id);
  }

  @FieldResolver(() => OpinionItemConnection, {
    nullable: true,
    description: '意见 — the opinions with their answers, newest first (the stationed officer, staff of the squad, ADMIN)',
  })
  opinions(@Root() post: CommunityPost, @Args(() => OpinionItemsArgs) args: OpinionItemsArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CommunityService).opinions(post, args);
  }
}
