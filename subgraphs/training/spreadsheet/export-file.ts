import { shanghaiDate } from '../enrollment/shanghai-date';
import type { ExportedFile } from './exported-file.types';
import { writeTable } from './sheet-io';
import { EXTENSIONS, MIME_TYPES } from './spreadsheet-format.enum';
import type { SpreadsheetFormat } from './spreadsheet-format.enum';

/** A header plus data rows as a downloadable file named `<title>-<YYYYMMDD>.<ext>` (Asia/Shanghai date). */
export async function exportFile(title: string, header: string[], rows: string[][], format: SpreadsheetFormat): Promise<ExportedFile> {
  const date = shanghaiDate(new Date()).replace(/-/g, '');
  return {
    fileName: `${title}-${date}.${EXTENSIONS[format]}`,
    mimeType: MIME_TYPES[format],
    rowCount: rows.length,
    content: await writeTable([header, ...rows], format, title.slice(0, 31)),
  };
}
