import type { EntityManager } from 'typeorm';

/**
 * Runs independent reads side by side when `manager` takes connections from the pool, one after another when
 * it is a transaction's: a transaction has one connection, where overlapping queries only queue (and `pg` 9
 * refuses them).
 */
export async function readTogether<T extends readonly unknown[]>(
  manager: EntityManager,
  reads: { readonly [K in keyof T]: () => Promise<T[K]> },
): Promise<T> {
  if (!manager.queryRunner) {
    return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  }
  const results: unknown[] = [];
  for (const read of reads) {
    results.push(await read());
  }
  return results as unknown as T;
}
