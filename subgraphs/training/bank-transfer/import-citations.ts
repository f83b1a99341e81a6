import type { EntityManager } from '@mikro-orm/postgresql';

import { LawArticle } from '../law/law-article.entity';
import { citationKey } from '../law/law-citation';
import { LawArticleStatus } from '../law/law-enums';
import { citationLabel } from '../question/question-citation';
import { ImportErrorCode } from './import-error.types';
import type { ImportRowError } from './import-error.types';
import type { RowDraft } from './question-sheet-parse';

/**
 * Links each row to the law catalogue as createQuestion does: 法条ID must be a CURRENT article version; without
 * it, the 法条 text must name exactly one CURRENT article. Sets lawArticleId and lawArticleLabel on the drafts.
 * At most two statements for the whole file.
 */
export async function resolveRowCitations(em: EntityManager, drafts: RowDraft[]): Promise<ImportRowError[]> {
  const errors: ImportRowError[] = [];
  const ids = [...new Set(drafts.flatMap((d) => (d.lawArticleId ? [d.lawArticleId] : [])))];
  const byId = new Map((ids.length ? await em.find(LawArticle, { id: { $in: ids } }) : []).map((a) => [a.id, a]));
  const current = drafts.some((d) => d.lawArticleText) ? await em.find(LawArticle, { status: LawArticleStatus.CURRENT }) : [];
  for (const d of drafts) {
    if (d.lawArticleId) {
      const a = byId.get(d.lawArticleId);
      if (!a || a.status !== LawArticleStatus.CURRENT) {
        errors.push({
          row: d.row,
          column: '法条ID',
          code: ImportErrorCode.LAW_ARTICLE,
          message: `${d.lawArticleId} is not a CURRENT law article version (see lawArticles)`,
        });
      }
      d.lawArticleLabel = a ? citationLabel(a) : null;
    } else if (d.lawArticleText) {
      const hits = current.filter((a) => citationKey(a.lawName + a.article) === citationKey(d.lawArticleText!));
      if (hits.length !== 1) {
        errors.push({
          row: d.row,
          column: '法条',
          code: ImportErrorCode.LAW_ARTICLE,
          message: `${d.lawArticleText} is not a current article of the law catalogue; give its 法条ID`,
        });
      } else {
        d.lawArticleId = hits[0].id;
        d.lawArticleLabel = citationLabel(hits[0]);
      }
    }
  }
  return errors;
}
