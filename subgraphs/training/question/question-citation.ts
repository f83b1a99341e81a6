import type { EntityManager } from '@mikro-orm/postgresql';

import { ValidationError } from '../../../kernel/errors/domain-error';
import { citationKey } from '../law/law-citation';
import { LawArticleStatus } from '../law/law-enums';
import { LawArticle } from '../law/law-article.entity';

export interface CitationInput {
  lawArticleId?: string | null;
  /** Deprecated free text: accepted only when it names a CURRENT catalogue article. */
  lawArticle?: string | null;
}

/** The catalogue article a question cites: by id, or by a free-text name that matches exactly one CURRENT article. */
export async function resolveCitation(em: EntityManager, input: CitationInput): Promise<LawArticle | null> {
  if (input.lawArticleId) {
    const article = await em.findOne(LawArticle, { id: input.lawArticleId });
    if (!article || article.status !== LawArticleStatus.CURRENT) {
      throw new ValidationError('input.lawArticleId', 'Cite a CURRENT law article version (see lawArticles)');
    }
    return article;
  }
  const text = input.lawArticle?.trim();
  if (!text) {
    return null;
  }
  const current = await em.find(LawArticle, { status: LawArticleStatus.CURRENT });
  const hits = current.filter((a) => citationKey(a.lawName + a.article) === citationKey(text));
  if (hits.length !== 1) {
    throw new ValidationError('input.lawArticle', `${text} is not a current article of the law catalogue; cite it by lawArticleId (see lawArticles)`);
  }
  return hits[0];
}

/** The display tag kept on the question, e.g. 《中华人民共和国行政处罚法》第三十三条. */
export const citationLabel = (a: LawArticle) => `${a.lawName}${a.article}`;
