import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Cohort } from '../cohort/cohort.entity';
import { ExportedFile } from '../spreadsheet/exported-file.types';
import { SpreadsheetFormat } from '../spreadsheet/spreadsheet-format.enum';
import { CohortGradebookConnection } from './cohort-gradebook.types';
import { CohortGradebookService } from './cohort-gradebook.service';
import { MAX_GRADEBOOK_EXPORT } from './gradebook.service';

@Resolver(() => Cohort)
export class CohortGradebookResolver {
  @FieldResolver(() => CohortGradebookConnection, {
    nullable: true,
    description:
      '培训班成绩册 — every member of the cohort with the courses (lesson progress, overdue) and exams (best score, pass) assigned to them and their certification, by officer id (trainers)',
  })
  @RequiresRoles('TRAINER', 'ADMIN')
  gradebook(@Root() cohort: Cohort, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CohortGradebookService).page(cohort, args);
  }

  @Query(() => ExportedFile, {
    description: `导出培训班成绩册 — every member of a cohort (at most ${MAX_GRADEBOOK_EXPORT}) with 姓名, 警号, 单位 (then officer and unit ids), assignment totals, certification and one column per assigned course and exam, as .xlsx or .csv (trainers)`,
  })
  @RequiresRoles('TRAINER', 'ADMIN')
  exportCohortGradebook(
    @Arg('cohortId', () => ID, { description: '培训班 — cohort id' }) cohortId: string,
    @Arg('format', () => SpreadsheetFormat, { description: '格式 — XLSX or CSV (UTF-8 with a byte-order mark)' }) format: SpreadsheetFormat,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(CohortGradebookService).export(cohortId, format);
  }
}
