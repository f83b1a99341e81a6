import { Field, Int, ObjectType } from 'type-graphql';

import { Base64FileScalar } from '../../../kernel/graphql/base64-file.scalar';

@ObjectType({ description: '导出文件 — a generated spreadsheet: save `content` (base64) under `fileName` with `mimeType`' })
export class ExportedFile {
  @Field(() => String, { description: '文件名 — suggested file name, e.g. 题库-20261202.xlsx' })
  fileName!: string;

  @Field(() => String, { description: 'MIME 类型 — content type for a download' })
  mimeType!: string;

  @Field(() => Int, { description: '数据行数 — data rows (the header not counted)' })
  rowCount!: number;

  @Field(() => Base64FileScalar, { description: '文件内容 — the file, base64' })
  content!: Buffer;
}
