import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { QuestionFilterInput } from '../question/question-filter.inputs';
import { ExportedFile } from '../spreadsheet/exported-file.types';
import { SpreadsheetFormat } from '../spreadsheet/spreadsheet-format.enum';
import { MAX_EXPORT_ROWS } from './question-export.service';
import { QuestionExportService } from './question-export.service';
import { ImportQuestionsInput, ImportQuestionsPayload } from './question-import.inputs';
import { QuestionImportService } from './question-import.service';

@Resolver()
export class QuestionTransferResolver {
  @Mutation(() => ImportQuestionsPayload, {
    description: '批量导入试题 — new questions from an .xlsx/.csv file; every cell checked, all or nothing; dryRun lists the errors (trainers)',
  })
  @RequiresRoles('TRAINER', 'ADMIN')
  importQuestions(@Arg('input', () => ImportQuestionsInput) input: ImportQuestionsInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(QuestionImportService).import(input);
  }

  @Query(() => ExportedFile, {
    description: `导出题库 — the current version of the selected questions (at most ${MAX_EXPORT_ROWS}) as .xlsx or .csv, in the layout importQuestions reads (标签 separated by ；) (trainers)`,
  })
  @RequiresRoles('TRAINER', 'ADMIN')
  exportQuestions(
    @Arg('filter', () => QuestionFilterInput, { nullable: true, description: '筛选 — as in questions(filter:); omit for the whole bank' })
    filter: QuestionFilterInput | null,
    @Arg('format', () => SpreadsheetFormat, { description: '格式 — XLSX or CSV' }) format: SpreadsheetFormat,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(QuestionExportService).export(filter ?? null, format);
  }
}
