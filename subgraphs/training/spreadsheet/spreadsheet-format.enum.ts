import { registerEnumType } from 'type-graphql';

export enum SpreadsheetFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}

registerEnumType(SpreadsheetFormat, {
  name: 'SpreadsheetFormat',
  description: '表格格式 — file format of an import or export',
  valuesConfig: {
    XLSX: { description: 'Excel 工作簿 (.xlsx); the first worksheet is read' },
    CSV: {
      description: 'CSV, UTF-8 (a byte-order mark is written so Excel shows Chinese correctly; one is accepted on import), comma-separated, RFC 4180 quoting',
    },
  },
});

export const MIME_TYPES: Record<SpreadsheetFormat, string> = {
  [SpreadsheetFormat.XLSX]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  [SpreadsheetFormat.CSV]: 'text/csv; charset=utf-8',
};

export const EXTENSIONS: Record<SpreadsheetFormat, string> = { [SpreadsheetFormat.XLSX]: 'xlsx', [SpreadsheetFormat.CSV]: 'csv' };
