import type { ImportRowDto } from '../../core/api/generated/models/import-row-dto';

export interface ErrorReportHeadings {
  row: string;
  businessId: string;
  name: string;
  column: string;
  message: string;
}

// Excel's choices for a Finnish locale: semicolons, CRLF, and a byte order mark so UTF-8 is recognised.
const SEPARATOR = ';';
const LINE_END = '\r\n';
const BYTE_ORDER_MARK = '\ufeff';

function cell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  // A cell starting like a formula would be run by a spreadsheet (CSV injection); an apostrophe stops it.
  if (/^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The rejected rows of an import report as CSV: one line per problem with the row number in the file,
 * the business ID and name read from it, the column and the message. Other rows are left out.
 */
export function buildErrorReportCsv(rows: readonly ImportRowDto[], headings: ErrorReportHeadings): string {
  const lines = [[headings.row, headings.businessId, headings.name, headings.column, headings.message]];
  for (const row of rows) {
    if (row.action !== 'reject') {
      continue;
    }
    const errors = row.errors.length > 0 ? row.errors : [{ column: '', message: '' }];
    for (const error of errors) {
      lines.push([String(row.row), row.businessId ?? '', row.name ?? '', error.column, error.message]);
    }
  }
  return BYTE_ORDER_MARK + lines.map((line) => line.map(cell).join(SEPARATOR)).join(LINE_END) + LINE_END;
}
