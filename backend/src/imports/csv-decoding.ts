import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { ValidationFailedError } from '../common/errors/domain-error';

export interface CsvFile {
  readonly encoding: 'utf-8' | 'windows-1252';
  readonly delimiter: ',' | ';' | '\t';
  readonly header: string[];
  /** The rows after the header, parsed as they are read: a large file is never held as records at once. */
  readonly records: AsyncIterable<string[]>;
  /** Stops reading (when the header already decides the file's fate). */
  close(): Promise<void>;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Bytes decoded at a time; the parser keeps at most a partial row between them. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Opens a CSV file as people in Finland have them: UTF-8 with or without BOM, or Windows-1252 (older Excel);
 * comma, semicolon (Excel in the Finnish locale) or tab separated. A file that is not CSV (an unclosed quote)
 * is a 400 naming the line, whether found in the header or later while reading the records.
 */
export async function openCsv(buffer: Buffer): Promise<CsvFile> {
  const hasBom = buffer.subarray(0, 3).equals(UTF8_BOM);
  const body = hasBom ? buffer.subarray(3) : buffer;
  // Not valid UTF-8: Excel's "CSV" on Finnish Windows writes Windows-1252.
  const encoding = hasBom || isUtf8(body) ? 'utf-8' : 'windows-1252';
  const lineEnd = body.indexOf(0x0a);
  const firstLine = new TextDecoder(encoding).decode(body.subarray(0, lineEnd < 0 ? body.length : lineEnd));
  const counts = { ';': count(firstLine, ';'), ',': count(firstLine, ','), '\t': count(firstLine, '\t') };
  const delimiter = (Object.entries(counts).sort(([, a], [, b]) => b - a)[0]?.[0] ??
    ',') as CsvFile['delimiter'];
  const parser = Readable.from(decodedChunks(body, encoding)).pipe(
    parse({ delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, bom: true }),
  );
  const rows = readRows(parser);
  const first = await rows.next();
  const header = first.done ? [] : first.value;
  return {
    encoding,
    delimiter,
    header,
    records: { [Symbol.asyncIterator]: () => rows },
    close: async () => {
      await rows.return(undefined);
    },
  };
}

function* decodedChunks(buffer: Buffer, encoding: CsvFile['encoding']): Generator<string> {
  const decoder = new TextDecoder(encoding);
  for (let start = 0; start < buffer.length; start += CHUNK_BYTES) {
    yield decoder.decode(buffer.subarray(start, start + CHUNK_BYTES), { stream: true });
  }
  const rest = decoder.decode();
  if (rest !== '') {
    yield rest;
  }
}

async function* readRows(parser: AsyncIterable<unknown>): AsyncGenerator<string[]> {
  try {
    for await (const row of parser) {
      yield row as string[];
    }
  } catch (error) {
    if (error instanceof CsvError) {
      throw new ValidationFailedError(
        [{ field: 'file', code: 'malformedCsv', message: `The file is not valid CSV: ${error.message}` }],
        'The file could not be read as CSV.',
      );
    }
    throw error;
  }
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}
