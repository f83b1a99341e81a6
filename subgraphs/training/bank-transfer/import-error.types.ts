import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ImportErrorCode {
  UNKNOWN_COLUMN = 'UNKNOWN_COLUMN',
  MISSING = 'MISSING',
  LENGTH = 'LENGTH',
  INVALID = 'INVALID',
  ANSWER = 'ANSWER',
  LAW_ARTICLE = 'LAW_ARTICLE',
  DUPLICATE = 'DUPLICATE',
}

registerEnumType(ImportErrorCode, {
  name: 'ImportErrorCode',
  description: '导入错误类型 — why a cell of an imported spreadsheet was refused',
  valuesConfig: {
    UNKNOWN_COLUMN: { description: '未知列 — a header the layout does not have (row 1)' },
    MISSING: { description: '缺少 — a required column or cell is empty' },
    LENGTH: { description: '长度不符 — the text is shorter or longer than the column allows' },
    INVALID: { description: '取值无效 — not one of the values the column accepts' },
    ANSWER: { description: '答案不符 — the answer does not fit the type and options' },
    LAW_ARTICLE: { description: '法条无效 — not a CURRENT article of the law catalogue' },
    DUPLICATE: { description: '重复 — the same type, topic and stem as a question in the bank or an earlier row' },
  },
});

@ObjectType({ description: '导入错误 — one refused cell: spreadsheet row number (the header is row 1) and column header' })
export class ImportRowError {
  @Field(() => Int, { description: '行号 — spreadsheet row number, 1 = header' })
  row!: number;

  @Field(() => String, { description: '列 — column header, e.g. 答案' })
  column!: string;

  @Field(() => ImportErrorCode, { description: '错误类型 — code' })
  code!: ImportErrorCode;

  @Field(() => String, { description: '说明 — what is wrong and what the column accepts' })
  message!: string;
}
