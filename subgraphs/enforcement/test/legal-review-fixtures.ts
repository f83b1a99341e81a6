import type { Actor } from '../../../kernel/auth/actor';
import { actors } from '../../../tests/harness/actors';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { gql, officer } from './case-fixtures';

export const REQUEST_LEGAL_REVIEW = `mutation($input: RequestLegalReviewInput!) { requestLegalReview(input: $input) { review { id status grounds withinGrade } } }`;
export const DECIDE_LEGAL_REVIEW = `mutation($input: DecideLegalReviewInput!) { decideLegalReview(input: $input) { review { id status opinion reviewedBy } } }`;

/** The 法制科 reviewer of the demo bureau (not an officer of any squad). */
export const legalReviewer = () => actors.legalReviewer('legal-reviewer-1');

/** Asks for legal review of a proposal on a case IN_PROGRESS and has the 法制科 approve it; returns the review id. */
export async function approvedLegalReview(h: SubgraphHarness, caseId: string, proposal: Record<string, unknown>, as: Actor = officer()): Promise<string> {
  const input = { caseId, summary: '当事人违法事实清楚，证据确凿，拟依法处罚', ...proposal };
  const { requestLegalReview } = await gql<{ requestLegalReview: { review: { id: string } } }>(h, REQUEST_LEGAL_REVIEW, { input }, as);
  const reviewId = requestLegalReview.review.id;
  await gql(h, DECIDE_LEGAL_REVIEW, { input: { reviewId, decision: 'APPROVE', opinion: '事实清楚，证据充分，适用法律正确，同意' } }, legalReviewer());
  return reviewId;
}
