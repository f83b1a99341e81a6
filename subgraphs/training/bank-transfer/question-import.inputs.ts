import { Field, InputType, Int, ObjectType } from 'type-graphql';

import { Base64FileScalar } from '../../../kernel/graphql/base64-file.scalar';
import { Question } from '../question/question.entity';
import { SpreadsheetFormat } from '../spreadsheet/spreadsheet-format.enum';
import { ImportRowError } from './import-error.types';

/** Most data rows one import takes. */
export const MAX_IMPORT_ROWS = 1000;

@InputType({
  description:
    '导入试题 — a spreadsheet of new questions in the layout exportQuestions writes (row 1: headers 题型 知识点 难度 题干 ' +
    '选项A–选项F 答案 关键词 解析 法条ID 法条 标签, any order; 题型, 知识点, 难度, 题干, 答案, 解析 required; 标签: 0–10 tags ' +
    'of 1–20 characters separated by 、 , ， ; ； or a line break, as setQuestionTags checks them; the export writes them separated by ；). At most ' +
    `${MAX_IMPORT_ROWS} questions. All or nothing: one refused cell and nothing is imported.`,
})
export class ImportQuestionsInput {
  @Field(() => Base64FileScalar, { description: '文件 — the .xlsx or .csv file, base64 (see Base64File for the size limit)' })
  file!: Buffer;

  @Field(() => SpreadsheetFormat, { description: '格式 — XLSX or CSV (UTF-8)' })
  format!: SpreadsheetFormat;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      '仅校验 — true: check every row and answer the list of errors, write nothing. false: import, or BAD_USER_INPUT on input.file (extensions.rowErrors) when any row is refused',
  })
  dryRun!: boolean;
}

@ObjectType({ description: '导入结果 — the outcome of importQuestions' })
export class ImportQuestionsPayload {
  @Field(() => Boolean, { description: '仅校验 — the request was a dry run (nothing written)' })
  dryRun!: boolean;

  @Field(() => Int, { description: '数据行数 — non-empty rows after the header' })
  rowCount!: number;

  @Field(() => Int, { description: '有效行数 — rows without errors' })
  validRowCount!: number;

  @Field(() => Int, { description: '导入数 — questions created (0 in a dry run)' })
  importedCount!: number;

  @Field(() => [ImportRowError], { description: '错误 — every refused cell, by row (always empty after a real import)' })
  errors!: ImportRowError[];

  @Field(() => [Question], { description: `新试题 — the created questions in row order (≤ ${MAX_IMPORT_ROWS}; empty in a dry run)` })
  questions!: Question[];
}
