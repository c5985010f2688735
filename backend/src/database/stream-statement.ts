import type { Readable } from 'node:stream';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Streams the rows of a statement through a cursor on a connection of its own, which goes back to the pool when
 * the stream closes: read to the end, failed, or destroyed early (a download the client abandoned). TypeORM's
 * own streams give the connection back on their end and errors only, so one abandoned download held a
 * connection for good.
 */
export async function streamStatement(db: DataSource, text: string, values: unknown[]): Promise<Readable> {
  const runner = db.createQueryRunner();
  let released = false;
  const release = (): void => {
    if (!released) {
      released = true;
      void runner.release();
    }
  };
  try {
    const stream = await runner.stream(text, values);
    stream.once('close', release);
    return stream;
  } catch (error) {
    release();
    throw error;
  }
}

/** Streams the raw rows of a TypeORM query (`streamStatement`), as its `.stream()` would. */
export function streamQuery<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Promise<Readable> {
  const [text, values] = query.getQueryAndParameters();
  return streamStatement(query.connection, text, values);
}
