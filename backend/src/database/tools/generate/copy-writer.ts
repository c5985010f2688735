import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** One value of a COPY text-format row; null is SQL NULL. */
export type CopyValue = string | number | boolean | null;

const NEEDS_ESCAPE = /[\\\t\n\r]/;

function copyText(value: CopyValue): string {
  if (value === null) {
    return '\\N';
  }
  if (typeof value === 'string') {
    return NEEDS_ESCAPE.test(value)
      ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
      : value;
  }
  return typeof value === 'boolean' ? (value ? 't' : 'f') : String(value);
}

/** Encodes rows as PostgreSQL COPY text, joined into chunks of about 256 kB so the stream stays fast. */
function* copyChunks(rows: Iterable<readonly CopyValue[]>): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    let line = copyText(row[0]);
    for (let index = 1; index < row.length; index++) {
      line += `\t${copyText(row[index])}`;
    }
    chunk += `${line}\n`;
    if (chunk.length > 262_144) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) {
    yield chunk;
  }
}

/** Streams rows into `table (columns)` with COPY FROM STDIN; returns how many rows went in. */
export async function copyRows(
  client: PoolClient,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
): Promise<number> {
  let count = 0;
  function* counted(): Generator<readonly CopyValue[]> {
    for (const row of rows) {
      count++;
      yield row;
    }
  }
  const target = client.query(
    copyFrom(`COPY ${table} (${columns.map((column) => `"${column}"`).join(', ')}) FROM STDIN`),
  );
  await pipeline(Readable.from(copyChunks(counted())), target);
  return count;
}
