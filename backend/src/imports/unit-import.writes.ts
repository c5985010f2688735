import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { ContactEntity } from '../contacts/contact.entity';
import type { UnitEntity } from '../units/unit.entity';

export const UNIT_FIELDS = [
  'nameFi',
  'nameSv',
  'businessId',
  'type',
  'municipalityCode',
  'regionCode',
  'estimatedAnnualSpend',
  'website',
  'isActive',
] as const;
export type UnitValues = Pick<UnitEntity, (typeof UNIT_FIELDS)[number]>;

export const CONTACT_FIELDS = ['name', 'email', 'phone', 'title', 'preferredLanguage'] as const;
export type ContactValues = Pick<ContactEntity, (typeof CONTACT_FIELDS)[number]>;

// In the order of UNIT_FIELDS.
const UNIT_COLUMNS = `name_fi, name_sv, business_id, type, municipality_code, region_code, estimated_annual_spend,
  website, is_active`;
const UNIT_ARRAYS =
  '$2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::numeric[], $9::text[], $10::boolean[]';

function unitArrays(rows: readonly { id: string; values: UnitValues }[]): unknown[] {
  return [rows.map((row) => row.id), ...UNIT_FIELDS.map((field) => rows.map((row) => row.values[field]))];
}

/**
 * Inserts the units in one statement from arrays (an import's batch), with ids made here so that the caller
 * knows each row's id without reading them back. Returns the ids in the order of `units`.
 */
export async function insertUnits(manager: EntityManager, units: readonly UnitValues[]): Promise<string[]> {
  const rows = units.map((values) => ({ id: randomUUID(), values }));
  if (rows.length > 0) {
    await manager.query(
      `INSERT INTO units (id, ${UNIT_COLUMNS}, version)
       SELECT v.*, 1 FROM unnest($1::uuid[], ${UNIT_ARRAYS}) AS v`,
      unitArrays(rows),
    );
  }
  return rows.map((row) => row.id);
}

/** Overwrites the units' imported fields in one statement, bumping their version as an edit does. */
export async function updateUnits(
  manager: EntityManager,
  rows: readonly { id: string; values: UnitValues }[],
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  await manager.query(
    `UPDATE units AS u
     SET name_fi = v.name_fi, name_sv = v.name_sv, business_id = v.business_id, type = v.type,
         municipality_code = v.municipality_code, region_code = v.region_code,
         estimated_annual_spend = v.estimated_annual_spend, website = v.website, is_active = v.is_active,
         updated_at = now(), version = u.version + 1
     FROM unnest($1::uuid[], ${UNIT_ARRAYS}) AS v(id, ${UNIT_COLUMNS})
     WHERE u.id = v.id`,
    unitArrays(rows),
  );
}

const CONTACT_COLUMNS = 'name, email, phone, title, preferred_language';

function contactArrays(rows: readonly { values: ContactValues }[]): unknown[] {
  return CONTACT_FIELDS.map((field) => rows.map((row) => row.values[field]));
}

/** Inserts the contacts in one statement; returns their ids in the order of `contacts`. */
export async function insertContacts(
  manager: EntityManager,
  contacts: readonly { unitId: string; values: ContactValues }[],
): Promise<string[]> {
  const rows = contacts.map((contact) => ({ id: randomUUID(), ...contact }));
  if (rows.length > 0) {
    await manager.query(
      `INSERT INTO contacts (id, unit_id, ${CONTACT_COLUMNS}, version)
       SELECT v.*, 1 FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS v`,
      [rows.map((row) => row.id), rows.map((row) => row.unitId), ...contactArrays(rows)],
    );
  }
  return rows.map((row) => row.id);
}

/** Overwrites the contacts' imported fields in one statement, bumping their version. */
export async function updateContacts(
  manager: EntityManager,
  rows: readonly { id: string; values: ContactValues }[],
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  await manager.query(
    `UPDATE contacts AS c
     SET name = v.name, email = v.email, phone = v.phone, title = v.title,
         preferred_language = v.preferred_language, updated_at = now(), version = c.version + 1
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
       AS v(id, ${CONTACT_COLUMNS})
     WHERE c.id = v.id`,
    [rows.map((row) => row.id), ...contactArrays(rows)],
  );
}
