import { parse } from 'csv-parse/sync';

export interface DecodedCsv {
  readonly encoding: 'utf-8' | 'windows-1252';
  readonly delimiter: ',' | ';' | '\t';
  readonly header: string[];
  readonly records: string[][];
}

/**
 * Reads a CSV file as people in Finland have them: UTF-8 with or without BOM, or Windows-1252 (older Excel);
 * comma, semicolon (Excel in the Finnish locale) or tab separated.
 */
export function decodeCsv(buffer: Buffer): DecodedCsv {
  const { text, encoding } = decodeText(buffer);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = { ';': count(firstLine, ';'), ',': count(firstLine, ','), '\t': count(firstLine, '\t') };
  const delimiter = (Object.entries(counts).sort(([, a], [, b]) => b - a)[0]?.[0] ??
    ',') as DecodedCsv['delimiter'];
  const rows = parse(text, {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
  }) as string[][];
  const [header = [], ...records] = rows;
  return { encoding, delimiter, header, records };
}

function decodeText(buffer: Buffer): { text: string; encoding: DecodedCsv['encoding'] } {
  if (buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return { text: buffer.subarray(3).toString('utf8'), encoding: 'utf-8' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: Excel's "CSV" on Finnish Windows writes Windows-1252.
    return { text: new TextDecoder('windows-1252').decode(buffer), encoding: 'windows-1252' };
  }
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}
