import type { Workbook } from 'exceljs';

import { ValidationError } from '../../../kernel/errors/domain-error';
import { parseCsv, writeCsv } from './csv';
import { SpreadsheetFormat } from './spreadsheet-format.enum';
import { declaredUnpackedSize, MAX_UNPACKED_BYTES } from './zip-guard';

/**
 * ExcelJS is loaded on the first spreadsheet a trainer imports or exports, not when the subgraph starts: loading it
 * costs ~9 MiB of heap and ~17 MiB RSS in every training process, most of which never touch a workbook.
 */
async function newWorkbook(): Promise<Workbook> {
  const { Workbook: WorkbookClass } = await import('exceljs');
  return new WorkbookClass();
}

/** The text of every cell of the first worksheet, row by row (trailing empty cells dropped). */
export async function readTable(file: Buffer, format: SpreadsheetFormat, field: string): Promise<string[][]> {
  if (format === SpreadsheetFormat.CSV) {
    const text = new TextDecoder('utf-8', { fatal: true });
    try {
      return parseCsv(text.decode(file));
    } catch {
      throw new ValidationError(field, 'The CSV file is not UTF-8 text; save it as “CSV UTF-8” in Excel');
    }
  }
  const unpacked = declaredUnpackedSize(file);
  if (unpacked === null) {
    throw new ValidationError(field, 'The file is not a readable .xlsx workbook');
  }
  if (unpacked > MAX_UNPACKED_BYTES) {
    throw new ValidationError(field, `The workbook unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MiB; split it`);
  }
  const book = await newWorkbook();
  try {
    await book.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new ValidationError(field, 'The file is not a readable .xlsx workbook');
  }
  const sheet = book.worksheets[0];
  if (!sheet) {
    throw new ValidationError(field, 'The workbook has no worksheet');
  }
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) {
      cells.push(row.getCell(c).text ?? '');
    }
    rows.push(cells);
  }
  return rows;
}

/** One worksheet (bold header row, columns sized to their content) or a CSV file. */
export async function writeTable(rows: string[][], format: SpreadsheetFormat, sheetName: string): Promise<Buffer> {
  if (format === SpreadsheetFormat.CSV) {
    return writeCsv(rows);
  }
  const book = await newWorkbook();
  const sheet = book.addWorksheet(sheetName);
  rows.forEach((r) => sheet.addRow(r));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((col, i) => {
    const widest = Math.max(...rows.map((r) => [...(r[i] ?? '')].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
    col.width = Math.min(60, Math.max(8, widest + 2));
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
