import { hasRole } from '../../../kernel/auth/actor';
import { ForbiddenError, NotFoundError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { assessmentByPost, communityAssessmentByOfficer } from './community-assessment.loaders';
import type { CommunityAssessment, RateCommunityPostInput } from './community-assessment.types';
import { ratingLine } from './community-rules';
import { communityPostById } from './community.loaders';

/** 双线考核: residents and the squad rate a community post; the officer's score feeds Officer.assessment (training). */
export class CommunityAssessmentService extends BaseService {
  async rate(input: RateCommunityPostInput): Promise<{ assessment: CommunityAssessment }> {
    this.requireSignedIn();
    const post = await this.scope.loaders.get(communityPostById).load(input.postId);
    if (!post) {
      throw new NotFoundError('CommunityPost', input.postId, 'input.postId');
    }
    const line = ratingLine(
      { subject: this.actor.subject!, isSquadSupervisor: hasRole(this.actor, 'SUPERVISOR') && this.actor.unitId === post.unitId },
      post.officerId,
    );
    if (!line) {
      throw new ForbiddenError('The stationed officer does not rate their own post');
    }
    const schema = this.em.config.get('schema');
    await this.em.execute(
      `insert into "${schema}".community_rating (id, created_at, updated_at, post_id, officer_id, line, rater_subject, score)
       values (gen_random_uuid(), now(), now(), ?, ?, ?, ?, ?)
       on conflict (post_id, line, rater_subject) do update set score = excluded.score, officer_id = excluded.officer_id, updated_at = now()`,
      [post.id, post.officerId, line, this.actor.subject, input.score],
    );
    this.scope.loaders.clearAll();
    return { assessment: await this.scope.loaders.get(assessmentByPost).load(post.id) };
  }

  /** Officer.communityScore: the officer, supervisors, trainers, ADMIN; null (not an error) for anyone else. */
  async officerScore(officerId: string): Promise<number | null> {
    if (this.actor.subject !== officerId && !hasRole(this.actor, 'SUPERVISOR', 'TRAINER', 'ADMIN')) {
      return null;
    }
    return (await this.scope.loaders.get(communityAssessmentByOfficer).load(officerId)).score;
  }
}
