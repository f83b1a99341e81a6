import type { EntityManager } from '@mikro-orm/postgresql';

import { LawArticle } from '../law/law-article.entity';
import { LAW_ARTICLES, lawArticleSeedId } from './law-articles.data';

/** 法条库 (current versions). Idempotent. Runs before the question bank, whose versions cite these rows. */
export async function seedLawArticles(em: EntityManager): Promise<number> {
  if ((await em.count(LawArticle, {})) > 0) {
    return 0;
  }
  LAW_ARTICLES.forEach((a) => em.create(LawArticle, { id: lawArticleSeedId(a), ...a }));
  await em.flush();
  return LAW_ARTICLES.length;
}
