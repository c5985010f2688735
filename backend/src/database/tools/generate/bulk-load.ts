import type { PoolClient } from 'pg';

interface Definition {
  readonly table: string;
  readonly name: string;
  readonly definition: string;
}

/** Secondary indexes and foreign keys of the tables about to be bulk-loaded, to drop and rebuild around it. */
export interface LoadDefinitions {
  readonly primaryKeys: readonly Definition[];
  readonly indexes: readonly Definition[];
  readonly foreignKeys: readonly Definition[];
}

/**
 * Drops the primary keys, secondary indexes and foreign keys of `tables`: loading into bare tables and
 * building each index once afterwards (by sorting) is many times faster than inserting millions of random
 * UUIDs into B-trees that do not fit in memory. Rebuilding them checks them, so duplicates and dangling
 * references still fail the load; check constraints stay throughout. Runs inside the caller's transaction,
 * so a failed load leaves the schema as it was.
 */
export async function dropForBulkLoad(
  client: PoolClient,
  tables: readonly string[],
): Promise<LoadDefinitions> {
  const foreignKeys = (
    await client.query<Definition>(
      `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint
       WHERE contype = 'f' AND (conrelid = ANY($1::regclass[]) OR confrelid = ANY($1::regclass[]))
       ORDER BY conname`,
      [tables],
    )
  ).rows;
  const primaryKeys = (
    await client.query<Definition>(
      `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE contype = 'p' AND conrelid = ANY($1::regclass[]) ORDER BY conname`,
      [tables],
    )
  ).rows;
  const indexes = (
    await client.query<Definition>(
      `SELECT i.indrelid::regclass::text AS table, c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       WHERE i.indrelid = ANY($1::regclass[]) AND NOT i.indisprimary
         AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
       ORDER BY c.relname`,
      [tables],
    )
  ).rows;
  for (const key of foreignKeys) {
    await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT "${key.name}"`);
  }
  for (const index of indexes) {
    await client.query(`DROP INDEX "${index.name}"`);
  }
  for (const key of primaryKeys) {
    await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT "${key.name}"`);
  }
  return { primaryKeys, indexes, foreignKeys };
}

/** Rebuilds what `dropForBulkLoad` dropped, reporting each step. */
export async function restoreAfterBulkLoad(
  client: PoolClient,
  definitions: LoadDefinitions,
  progress: (message: string) => void,
): Promise<void> {
  for (const key of definitions.primaryKeys) {
    progress(`primary key ${key.name}`);
    await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT "${key.name}" ${key.definition}`);
  }
  for (const index of definitions.indexes) {
    progress(`index ${index.name}`);
    await client.query(index.definition);
  }
  for (const key of definitions.foreignKeys) {
    progress(`foreign key ${key.name}`);
    await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT "${key.name}" ${key.definition}`);
  }
}
