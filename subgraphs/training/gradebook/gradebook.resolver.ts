import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Exam } from '../exam/exam.entity';
import { ExportedFile } from '../spreadsheet/exported-file.types';
import { SpreadsheetFormat } from '../spreadsheet/spreadsheet-format.enum';
import { GradebookService, MAX_GRADEBOOK_EXPORT } from './gradebook.service';
import { GradebookConnection } from './gradebook.types';

@Resolver(() => Exam)
export class ExamGradebookResolver {
  @FieldResolver(() => GradebookConnection, {
    nullable: true,
    description: '成绩册 — every officer who attempted this exam with attempts, best / last / counted score and pass state, by officer id (trainers)',
  })
  @RequiresRoles('TRAINER', 'ADMIN')
  gradebook(
    @Root() exam: Exam,
    @Arg('unitId', () => ID, { nullable: true, description: '单位 — only officers of this unit and the units below it (training profile); omit for all' })
    unitId: string | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(GradebookService).page(exam, args, unitId ?? null);
  }

  @Query(() => ExportedFile, {
    description: `导出成绩册 — the whole gradebook of an exam (at most ${MAX_GRADEBOOK_EXPORT} officers) with 姓名, 警号, 单位 (then officer and unit ids) from training's copy of the HR roster, as .xlsx or .csv (trainers)`,
  })
  @RequiresRoles('TRAINER', 'ADMIN')
  exportExamGradebook(
    @Arg('examId', () => ID, { description: '考试 — exam id' }) examId: string,
    @Arg('format', () => SpreadsheetFormat, { description: '格式 — XLSX or CSV' }) format: SpreadsheetFormat,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(GradebookService).export(examId, format);
  }
}
