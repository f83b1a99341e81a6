/** RFC 4180 CSV for spreadsheets that open in Excel: UTF-8 with a byte-order mark, CRLF rows. */

const BOM = '\uFEFF';
/** A leading = + - @ would be run as a formula by a spreadsheet: such cells are written with a leading apostrophe. */
const FORMULA_START = /^[=+\-@]/;

export function toCsvCell(value: string): string {
  const s = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function writeCsv(rows: string[][]): Buffer {
  return Buffer.from(BOM + rows.map((r) => r.map(toCsvCell).join(',')).join('\r\n') + '\r\n', 'utf8');
}

/** Undoes the formula guard of toCsvCell. */
const unguard = (cell: string) => (/^'[=+\-@]/.test(cell) ? cell.slice(1) : cell);

/** Parses RFC 4180 text (quoted cells may hold commas, quotes and line breaks); a leading BOM is dropped. */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"' && cell === '') {
      quoted = true;
    } else if (ch === ',') {
      row.push(unguard(cell));
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') {
        i += 1;
      }
      rows.push([...row, unguard(cell)]);
      row = [];
      cell = '';
    } else {
      cell += ch;
    }
  }
  if (cell !== '' || row.length > 0) {
    rows.push([...row, unguard(cell)]);
  }
  return rows;
}
