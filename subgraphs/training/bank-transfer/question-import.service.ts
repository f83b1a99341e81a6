import type { EntityManager } from '@mikro-orm/postgresql';

import { lockForTransaction } from '../../../kernel/db/advisory-lock';
import { ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { QuestionVersion } from '../question/question-version.entity';
import { Question } from '../question/question.entity';
import { readTable } from '../spreadsheet/sheet-io';
import { resolveRowCitations } from './import-citations';
import { ImportErrorCode } from './import-error.types';
import type { ImportRowError } from './import-error.types';
import { MAX_IMPORT_ROWS } from './question-import.inputs';
import type { ImportQuestionsInput, ImportQuestionsPayload } from './question-import.inputs';
import { mapHeader, parseRow } from './question-sheet-parse';
import type { RowDraft } from './question-sheet-parse';

const dupKey = (type: string, topic: string, stem: string) => `${type}|${topic}|${stem}`;

/** 批量导入试题: every row checked, all or nothing; the same type, topic and stem twice (file or bank) is refused. */
export class QuestionImportService extends BaseService {
  async import(input: ImportQuestionsInput): Promise<ImportQuestionsPayload> {
    this.requireRole('TRAINER', 'ADMIN');
    const table = await readTable(input.file, input.format, 'input.file');
    const { drafts, errors, rowCount } = this.parse(table);
    if (input.dryRun) {
      errors.push(...(await this.checkAgainstBank(this.em, drafts)));
      return this.payload(true, rowCount, errors, []);
    }
    return this.em.transactional(async (em) => {
      await lockForTransaction(em, 'training.question-import');
      errors.push(...(await this.checkAgainstBank(em, drafts)));
      if (errors.length > 0) {
        const rows = new Set(errors.map((e) => e.row)).size;
        throw new ValidationError('input.file', `${rows} of ${rowCount} rows have errors; nothing was imported (dryRun: true lists them)`, {
          rowErrors: sortErrors(errors).slice(0, 100),
        });
      }
      const t0 = Date.now();
      return this.payload(
        false,
        rowCount,
        [],
        drafts.map((d, i) => this.create(em, d, new Date(t0 + i))),
      );
    });
  }

  private parse(table: string[][]): { drafts: RowDraft[]; errors: ImportRowError[]; rowCount: number } {
    const rows = table.map((cells, i) => ({ cells, row: i + 1 })).filter((r) => r.cells.some((c) => c.trim() !== ''));
    const header = rows.shift();
    if (!header || header.row !== 1) {
      throw new ValidationError('input.file', 'Row 1 must hold the column headers (see importQuestions)');
    }
    if (rows.length === 0 || rows.length > MAX_IMPORT_ROWS) {
      throw new ValidationError('input.file', `A file holds 1–${MAX_IMPORT_ROWS} questions (this one ${rows.length})`);
    }
    const { index, errors } = mapHeader(header.cells);
    if (errors.length > 0) {
      return { drafts: [], errors, rowCount: rows.length };
    }
    const drafts: RowDraft[] = [];
    const seen = new Map<string, number>();
    for (const { cells, row } of rows) {
      const parsed = parseRow(cells, row, index);
      errors.push(...parsed.errors);
      const d = parsed.draft;
      const earlier = d ? seen.get(dupKey(d.type, d.topic, d.stem)) : undefined;
      if (d && earlier) {
        errors.push({ row, column: '题干', code: ImportErrorCode.DUPLICATE, message: `Same type, topic and stem as row ${earlier}` });
      } else if (d) {
        seen.set(dupKey(d.type, d.topic, d.stem), row);
        drafts.push(d);
      }
    }
    return { drafts, errors, rowCount: rows.length };
  }

  /** Law articles (must be CURRENT) and duplicates of the bank's current versions: two statements for any file. */
  private async checkAgainstBank(em: EntityManager, drafts: RowDraft[]): Promise<ImportRowError[]> {
    const errors = await resolveRowCitations(em, drafts);
    const stems = [...new Set(drafts.map((d) => d.stem))];
    const existing =
      stems.length === 0
        ? []
        : await em.getConnection().execute<{ id: string; type: string; topic: string; stem: string }[]>(
            `select q.id, q.type, q.topic, v.stem from training.question q join training.question_version v on v.question_id = q.id and v.version = q.current_version
        where v.stem in (${stems.map(() => '?').join(', ')})`,
            stems,
          );
    const inBank = new Map(existing.map((e) => [dupKey(e.type, e.topic, e.stem), e.id]));
    for (const d of drafts) {
      const id = inBank.get(dupKey(d.type, d.topic, d.stem));
      if (id) {
        errors.push({ row: d.row, column: '题干', code: ImportErrorCode.DUPLICATE, message: `The bank already has this question (${id})` });
      }
    }
    return errors;
  }

  /** createdAt one millisecond apart keeps the file's row order in lists and exports. */
  private create(em: EntityManager, d: RowDraft, createdAt: Date): Question {
    const question = em.create(Question, {
      createdAt,
      type: d.type,
      topic: d.topic,
      difficulty: d.difficulty,
      lawArticle: d.lawArticleLabel,
      tags: d.tags,
      currentVersion: 1,
    });
    em.create(QuestionVersion, {
      questionId: question.id,
      version: 1,
      stem: d.stem,
      options: d.options,
      keywords: d.keywords,
      explanation: d.explanation,
      lawArticleId: d.lawArticleId,
      authoredBy: this.actor.subject,
    });
    return question;
  }

  private payload(dryRun: boolean, rowCount: number, errors: ImportRowError[], questions: Question[]): ImportQuestionsPayload {
    const bad = new Set(errors.map((e) => e.row));
    const validRowCount = bad.has(1) ? 0 : rowCount - bad.size;
    return { dryRun, rowCount, validRowCount, importedCount: questions.length, errors: sortErrors(errors), questions };
  }
}

const sortErrors = (errors: ImportRowError[]) => [...errors].sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
