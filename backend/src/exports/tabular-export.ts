import { createRequire } from 'node:module';
import type { Readable, Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type * as ExcelJs from 'exceljs';
import type { Response } from 'express';
import type { Language } from '../common/i18n/language';
import { helsinkiDate } from '../common/time/helsinki-date';

const requireModule = createRequire(__filename);
let loadedExcelJs: typeof ExcelJs | undefined;

/**
 * ExcelJS, loaded by the first XLSX export rather than at start: it is the largest library the API uses
 * (9 MB of its memory when ready), and most instances never write a workbook.
 */
function excelJs(): typeof ExcelJs {
  loadedExcelJs ??= requireModule('exceljs') as typeof ExcelJs;
  return loadedExcelJs;
}

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportColumn<Row> {
  readonly header: Record<Language, string>;
  readonly value: (row: Row) => string | number | boolean | null;
  /** Excel column width in characters. */
  readonly width?: number;
  readonly isMoney?: boolean;
  /** A number with decimals: a decimal comma in Finnish and Swedish CSV, one decimal shown in Excel. */
  readonly isDecimal?: boolean;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Streams rows to a CSV or XLSX file without holding them in memory. CSV is what Excel in Finland opens
 * directly: UTF-8 with BOM, semicolons, decimal commas in Finnish and Swedish.
 */
export async function writeTabular<Row>(
  rows: AsyncIterable<Row>,
  columns: readonly ExportColumn<Row>[],
  format: ExportFormat,
  language: Language,
  output: Writable,
): Promise<void> {
  if (format === 'csv') {
    const decimalComma = language !== 'en';
    async function* records(): AsyncGenerator<unknown[]> {
      yield columns.map((column) => column.header[language]);
      for await (const row of rows) {
        yield columns.map((column) => {
          const value = column.value(row);
          if (value === null) {
            return '';
          }
          if (typeof value === 'boolean') {
            return value ? 1 : 0;
          }
          return (column.isMoney || column.isDecimal) && decimalComma
            ? String(value).replace('.', ',')
            : value;
        });
      }
    }
    // One pipeline: backpressure from the output, and when the output closes early every stage stops (the
    // rows' source too) and the pipeline fails once, to the caller.
    await pipeline(
      records(),
      stringify({ delimiter: decimalComma ? ';' : ',', bom: true, record_delimiter: '\r\n' }),
      output,
    );
    return;
  }
  // The workbook is zipped into the output as rows come; when the output closes early (a download abandoned),
  // reading stops instead of zipping every remaining row into memory.
  const outputClosed = finished(output);
  outputClosed.catch(() => undefined);
  const workbook = new (excelJs().stream.xlsx.WorkbookWriter)({ stream: output, useStyles: true });
  const sheet = workbook.addWorksheet('KEINO CRM');
  sheet.columns = columns.map((column, index) => ({
    header: column.header[language],
    key: String(index),
    width: column.width ?? 18,
    style: column.isMoney ? { numFmt: '#,##0.00' } : column.isDecimal ? { numFmt: '0.0' } : {},
  }));
  for await (const row of rows) {
    if (output.destroyed) {
      throw new Error('The output closed before the workbook was written');
    }
    sheet
      .addRow(
        columns.map((column) => {
          const value = column.value(row);
          return column.isMoney && value !== null ? Number(value) : value;
        }),
      )
      .commit();
  }
  sheet.commit();
  await Promise.race([workbook.commit(), outputClosed]);
}

/** Reads a TypeORM raw stream as typed rows. */
export async function* typedRows<Row>(
  stream: Readable,
  map: (raw: Record<string, unknown>) => Row,
): AsyncIterable<Row> {
  for await (const raw of stream) {
    yield map(raw as Record<string, unknown>);
  }
}

/**
 * Answers a download: the file name with today's date, the rows of a TypeORM raw stream mapped and written as
 * CSV or XLSX; the database stream is closed whatever happens.
 */
export async function sendTabular<Row>(
  response: Response,
  download: { name: string; format: ExportFormat; language: Language },
  stream: Readable,
  map: (raw: Record<string, unknown>) => Row,
  columns: readonly ExportColumn<Row>[],
): Promise<void> {
  response.setHeader('Content-Type', CONTENT_TYPES[download.format]);
  response.setHeader(
    'Content-Disposition',
    `attachment; filename="${download.name}-${helsinkiDate()}.${download.format}"`,
  );
  try {
    await writeTabular(typedRows(stream, map), columns, download.format, download.language, response);
  } catch (error) {
    // The client went away mid-download: there is no one left to answer.
    if (!response.destroyed) {
      throw error;
    }
  } finally {
    stream.destroy();
  }
}
