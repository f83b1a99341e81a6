import { LockMode } from '@mikro-orm/core';

import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { clientKeyOf, RateLimiter } from '../../../kernel/rate-limit/rate-limiter';
import { BaseService } from '../../../kernel/services/base.service';
import { requireSquadStaff } from '../unit/squad-staff';
import { answerProblem, COMMUNITY_OPINION_LIMIT, isDutyLine } from './community-rules';
import { CommunityPost } from './community-post.entity';
import type { AnswerCommunityOpinionInput, AssignCommunityPostInput, SubmitCommunityOpinionInput } from './community.inputs';
import { communityPostByGrid, communityPostById } from './community.loaders';
import { OpinionItem } from './opinion-item.entity';

/** 城管进社区: supervisors station officers; residents find the card and leave opinions; the post answers them. */
export class CommunityService extends BaseService {
  async assign(input: AssignCommunityPostInput): Promise<{ post: CommunityPost }> {
    this.requireRole('SUPERVISOR');
    if (!this.actor.unitId) {
      throw new ForbiddenError('Only a supervisor of a squad stations officers');
    }
    if (!isDutyLine(input.workPhone)) {
      throw new ValidationError('input.workPhone', 'the card shows a duty line (e.g. 0579-88812319) or 12319, never a mobile number');
    }
    const existing = await this.em.findOne(CommunityPost, { gridCode: input.gridCode });
    if (existing && existing.unitId !== this.actor.unitId) {
      throw new ForbiddenError('This community is served by another squad');
    }
    const post = existing ?? this.em.create(CommunityPost, { gridCode: input.gridCode, unitId: this.actor.unitId } as CommunityPost);
    Object.assign(post, { community: input.community.trim(), officerId: input.officerId, workPhone: input.workPhone, serviceHours: input.serviceHours.trim() });
    await this.em.flush();
    return { post };
  }

  async byGrid(gridCode: string): Promise<CommunityPost> {
    const post = await this.scope.loaders.get(communityPostByGrid).load(gridCode);
    if (!post) {
      throw new NotFoundError('CommunityPost', gridCode, 'gridCode');
    }
    return post;
  }

  /** Anyone, signed in or not: counted per client (COMMUNITY_OPINION_LIMIT), so the box cannot be flooded. */
  async submit(input: SubmitCommunityOpinionInput): Promise<{ opinion: OpinionItem }> {
    const post = await this.scope.loaders.get(communityPostById).load(input.postId);
    if (!post) {
      throw new NotFoundError('CommunityPost', input.postId, 'input.postId');
    }
    await this.scope.services.get(RateLimiter).hit('communityOpinion', clientKeyOf(this.scope), COMMUNITY_OPINION_LIMIT);
    const opinion = this.em.create(OpinionItem, { postId: post.id, text: input.text.trim(), submittedBy: this.actor.subject });
    await this.em.flush();
    return { opinion };
  }

  async answer(input: AnswerCommunityOpinionInput): Promise<{ opinion: OpinionItem }> {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    return this.em.transactional(async (tx) => {
      const opinion = await tx.findOne(OpinionItem, { id: input.opinionId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!opinion) {
        throw new NotFoundError('OpinionItem', input.opinionId, 'input.opinionId');
      }
      const post = await tx.findOneOrFail(CommunityPost, { id: opinion.postId });
      this.requirePostStaff(post);
      const problem = answerProblem(opinion);
      if (problem) {
        throw new ConflictError(problem, { field: 'input.opinionId' });
      }
      Object.assign(opinion, { answer: input.answer.trim(), answeredAt: new Date(), answeredBy: this.actor.subject });
      return { opinion };
    });
  }

  /** The box's items, newest first: the stationed officer, staff of the squad, ADMIN. */
  opinions(post: CommunityPost, args: ConnectionArgs) {
    this.requirePostStaff(post);
    return paginate(this.em, OpinionItem, args, {
      where: { postId: post.id },
      orderBy: { createdAt: 'desc', id: 'desc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  private requirePostStaff(post: CommunityPost): void {
    if (this.actor.subject !== post.officerId) {
      requireSquadStaff(this.actor, post.unitId);
    }
  }
}
