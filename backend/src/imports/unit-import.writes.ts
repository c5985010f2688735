import type { EntityManager } from 'typeorm';
import type { ContactEntity } from '../contacts/contact.entity';
import type { UnitEntity } from '../units/unit.entity';

type ColumnType = 'uuid' | 'text' | 'numeric' | 'boolean';
type ColumnTypes<Values> = { readonly [Field in keyof Values]: ColumnType };

/** A row to write with its id (made by the caller for new rows, so that nothing needs reading back). */
export interface RowWrite<Values> {
  readonly id: string;
  readonly values: Values;
}

// The fields an import writes, with their PostgreSQL types; the columns are their snake_case names.
const UNIT_COLUMNS = {
  nameFi: 'text',
  nameSv: 'text',
  businessId: 'text',
  type: 'text',
  municipalityCode: 'text',
  regionCode: 'text',
  estimatedAnnualSpend: 'numeric',
  website: 'text',
  isActive: 'boolean',
} as const;
export type UnitValues = Pick<UnitEntity, keyof typeof UNIT_COLUMNS>;
export const UNIT_FIELDS = Object.keys(UNIT_COLUMNS) as readonly (keyof UnitValues)[];

const CONTACT_COLUMNS = {
  name: 'text',
  email: 'text',
  phone: 'text',
  title: 'text',
  preferredLanguage: 'text',
} as const;
export type ContactValues = Pick<ContactEntity, keyof typeof CONTACT_COLUMNS>;
export const CONTACT_FIELDS = Object.keys(CONTACT_COLUMNS) as readonly (keyof ContactValues)[];
const NEW_CONTACT_COLUMNS = { unitId: 'uuid', ...CONTACT_COLUMNS } as const;

const columnOf = (field: string): string => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** `unnest` of the ids and one array per field, and those arrays as the statement's parameters. */
function arrays<Values>(
  types: ColumnTypes<Values>,
  rows: readonly RowWrite<Values>[],
): { fields: string[]; unnest: string; parameters: unknown[] } {
  const fields = Object.keys(types) as (keyof Values & string)[];
  const unnest = `unnest($1::uuid[], ${fields.map((field, index) => `$${index + 2}::${types[field]}[]`).join(', ')})`;
  const parameters = [
    rows.map((row) => row.id),
    ...fields.map((field) => rows.map((row) => row.values[field])),
  ];
  return { fields: fields.map(columnOf), unnest, parameters };
}

/** Inserts the rows in one statement from arrays (an import's batch), at version 1. */
async function insertRows<Values>(
  manager: EntityManager,
  table: string,
  types: ColumnTypes<Values>,
  rows: readonly RowWrite<Values>[],
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const { fields, unnest, parameters } = arrays(types, rows);
  await manager.query(
    `INSERT INTO ${table} (id, ${fields.join(', ')}, version) SELECT v.*, 1 FROM ${unnest} AS v`,
    parameters,
  );
}

/** Overwrites the rows' fields in one statement, bumping their version as an edit does. */
async function updateRows<Values>(
  manager: EntityManager,
  table: string,
  types: ColumnTypes<Values>,
  rows: readonly RowWrite<Values>[],
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const { fields, unnest, parameters } = arrays(types, rows);
  await manager.query(
    `UPDATE ${table} AS t
     SET ${fields.map((field) => `${field} = v.${field}`).join(', ')}, updated_at = now(), version = t.version + 1
     FROM ${unnest} AS v(id, ${fields.join(', ')})
     WHERE t.id = v.id`,
    parameters,
  );
}

export const insertUnits = (manager: EntityManager, rows: readonly RowWrite<UnitValues>[]): Promise<void> =>
  insertRows(manager, 'units', UNIT_COLUMNS, rows);

export const updateUnits = (manager: EntityManager, rows: readonly RowWrite<UnitValues>[]): Promise<void> =>
  updateRows(manager, 'units', UNIT_COLUMNS, rows);

export const insertContacts = (
  manager: EntityManager,
  rows: readonly RowWrite<ContactValues & { unitId: string }>[],
): Promise<void> => insertRows(manager, 'contacts', NEW_CONTACT_COLUMNS, rows);

export const updateContacts = (
  manager: EntityManager,
  rows: readonly RowWrite<ContactValues>[],
): Promise<void> => updateRows(manager, 'contacts', CONTACT_COLUMNS, rows);
