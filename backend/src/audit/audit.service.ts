import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/auth/principal';
import { preparedQueryIn } from '../database/prepared-query';
import type { FieldChange } from './audit-event.entity';

export type AuditAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'password_setup'
  | 'password_change'
  | 'password_link_issued'
  | 'personal_data_export'
  | 'erase'
  | 'revoke';

export interface AuditRecord {
  readonly action: AuditAction;
  readonly entityType: string;
  readonly entityId: string;
  readonly changes?: Record<string, FieldChange>;
}

// Never recorded, whatever the entity: secrets and bookkeeping.
const UNRECORDED_FIELDS = new Set([
  'passwordHash',
  'tokenHash',
  'csrfToken',
  'createdAt',
  'updatedAt',
  'version',
]);

/**
 * The fields that differ between two snapshots of a record, as `{ field: { old, new } }`. A create is a diff
 * from `{}`, a delete a diff to `{}`. Dates compare and serialise as ISO strings.
 */
export function diffFields(before: object, after: object): Record<string, FieldChange> {
  const normalise = (value: unknown): unknown =>
    value instanceof Date ? value.toISOString() : (value ?? null);
  const oldValues = before as Record<string, unknown>;
  const newValues = after as Record<string, unknown>;
  const fields = new Set([...Object.keys(oldValues), ...Object.keys(newValues)]);
  const changes: Record<string, FieldChange> = {};
  for (const field of fields) {
    if (UNRECORDED_FIELDS.has(field)) {
      continue;
    }
    const oldValue = normalise(oldValues[field]);
    const newValue = normalise(newValues[field]);
    if (JSON.stringify(oldValue) !== JSON.stringify(newValue)) {
      changes[field] = { old: oldValue, new: newValue };
    }
  }
  return changes;
}

const AUDIT_BATCH = 1000;

@Injectable()
export class AuditService {
  /** Writes the event with the caller's transaction, so the change and its record commit together. */
  async record(manager: EntityManager, actor: Actor | null, record: AuditRecord): Promise<void> {
    // A plain insert: nothing is read back (an entity save returns and maps the generated columns), and the
    // audit trail is written by every change in the product.
    await preparedQueryIn(
      manager,
      `INSERT INTO audit_events (actor_user_id, request_id, action, entity_type, entity_id, changes)
       VALUES ($1::uuid, $2::text, $3, $4, $5, $6::jsonb)`,
      [
        actor?.principal.userId ?? null,
        actor?.requestId ?? null,
        record.action,
        record.entityType,
        record.entityId,
        JSON.stringify(record.changes ?? {}),
      ],
    );
  }

  /**
   * Many events at once (bulk imports, the nightly auto-close), still in the caller's transaction: one insert
   * per thousand events from arrays, not an entity each (a 50 000-row import writes 100 000 events).
   */
  async recordMany(
    manager: EntityManager,
    actor: Actor | null,
    records: readonly AuditRecord[],
  ): Promise<void> {
    for (let start = 0; start < records.length; start += AUDIT_BATCH) {
      const batch = records.slice(start, start + AUDIT_BATCH);
      await manager.query(
        `INSERT INTO audit_events (actor_user_id, request_id, action, entity_type, entity_id, changes)
         SELECT $1::uuid, $2::text, e.action, e.entity_type, e.entity_id, e.changes
         FROM unnest($3::text[], $4::text[], $5::text[], $6::jsonb[]) AS e(action, entity_type, entity_id, changes)`,
        [
          actor?.principal.userId ?? null,
          actor?.requestId ?? null,
          batch.map((record) => record.action),
          batch.map((record) => record.entityType),
          batch.map((record) => record.entityId),
          batch.map((record) => JSON.stringify(record.changes ?? {})),
        ],
      );
    }
  }
}
