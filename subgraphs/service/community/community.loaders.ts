import { leanFindIn } from '../../../kernel/db/lean-find';
import { sqlArray } from '../../../kernel/db/sql-array';
import { defineKeyLoader, defineLoader } from '../../../kernel/loaders/define-loader';
import { CommunityPost } from './community-post.entity';
import type { OpinionBoxStats } from './community.inputs';

export const communityPostById = defineKeyLoader('communityPostById', CommunityPost, 'id');

/** The post of many community grid cells in one statement. */
export const communityPostByGrid = defineLoader<string, CommunityPost | null>('communityPostByGrid', (scope) => async (codes) => {
  const rows = await leanFindIn(scope.em, CommunityPost, 'gridCode', codes);
  const byGrid = new Map(rows.map((p) => [p.gridCode, p]));
  return codes.map((c) => byGrid.get(c) ?? null);
});

/** Opinions received and answered for many posts in one statement. */
export const opinionStatsByPost = defineLoader<string, OpinionBoxStats>('opinionStatsByPost', (scope) => async (ids) => {
  const schema = scope.em.config.get('schema');
  const rows: { post_id: string; received: string; answered: string }[] = await scope.em.execute(
    `select post_id, count(*) as received, count(answered_at) as answered from "${schema}".opinion_item where post_id = any(?::uuid[]) group by post_id`,
    [sqlArray(ids)],
  );
  const byPost = new Map(rows.map((r) => [r.post_id, { received: Number(r.received), answered: Number(r.answered) }]));
  return ids.map((id) => byPost.get(id) ?? { received: 0, answered: 0 });
});
