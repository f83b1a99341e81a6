import { ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { LawArticle } from '../law/law-article.entity';
import { QuestionBrowseService } from '../question/question-browse.service';
import type { QuestionFilterInput } from '../question/question-filter.inputs';
import { citationLabel } from '../question/question-citation';
import { QuestionVersion } from '../question/question-version.entity';
import { Question } from '../question/question.entity';
import { exportFile } from '../spreadsheet/export-file';
import type { ExportedFile } from '../spreadsheet/exported-file.types';
import type { SpreadsheetFormat } from '../spreadsheet/spreadsheet-format.enum';
import { headerRow, questionToRow, rowCells } from './question-sheet';

/** Most questions one export holds; a larger bank is exported filter by filter (e.g. per topic). */
export const MAX_EXPORT_ROWS = 2000;

/** 导出题库: the current version of every question the filter selects, in the layout importQuestions reads. */
export class QuestionExportService extends BaseService {
  async export(filter: QuestionFilterInput | null, format: SpreadsheetFormat): Promise<ExportedFile> {
    this.requireRole('TRAINER', 'ADMIN');
    const where = await this.scope.services.get(QuestionBrowseService).whereOf(filter ?? {});
    const questions = await this.em.find(Question, where, { orderBy: { topic: 'asc', createdAt: 'asc', id: 'asc' }, limit: MAX_EXPORT_ROWS + 1 });
    if (questions.length > MAX_EXPORT_ROWS) {
      throw new ValidationError('filter', `The filter selects more than ${MAX_EXPORT_ROWS} questions; narrow it (e.g. by topic)`);
    }
    const versions =
      questions.length === 0 ? [] : await this.em.find(QuestionVersion, { $or: questions.map((q) => ({ questionId: q.id, version: q.currentVersion })) });
    const byQuestion = new Map(versions.map((v) => [v.questionId, v]));
    const articleIds = [...new Set(versions.flatMap((v) => (v.lawArticleId ? [v.lawArticleId] : [])))];
    const articles = new Map((articleIds.length ? await this.em.find(LawArticle, { id: { $in: articleIds } }) : []).map((a) => [a.id, a]));
    const rows = questions.map((q) => {
      const v = byQuestion.get(q.id)!;
      const article = v.lawArticleId ? articles.get(v.lawArticleId) : undefined;
      return rowCells(
        questionToRow({
          type: q.type,
          topic: q.topic,
          difficulty: q.difficulty,
          stem: v.stem,
          options: v.options,
          keywords: v.keywords,
          explanation: v.explanation,
          lawArticleId: v.lawArticleId,
          lawArticleLabel: article ? citationLabel(article) : null,
          tags: q.tags,
        }),
      );
    });
    return exportFile('题库', headerRow(), rows, format);
  }
}
