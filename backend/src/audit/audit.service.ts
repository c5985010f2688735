import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/auth/principal';
import { AuditEventEntity, type FieldChange } from './audit-event.entity';

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

@Injectable()
export class AuditService {
  /** Writes the event with the caller's transaction, so the change and its record commit together. */
  async record(manager: EntityManager, actor: Actor | null, record: AuditRecord): Promise<void> {
    const event = new AuditEventEntity();
    event.actorUserId = actor?.principal.userId ?? null;
    event.requestId = actor?.requestId ?? null;
    event.action = record.action;
    event.entityType = record.entityType;
    event.entityId = record.entityId;
    event.changes = record.changes ?? {};
    await manager.save(event);
  }

  /** Many events at once (bulk imports), still in the caller's transaction. */
  async recordMany(
    manager: EntityManager,
    actor: Actor | null,
    records: readonly AuditRecord[],
  ): Promise<void> {
    const events = records.map((record) => {
      const event = new AuditEventEntity();
      event.actorUserId = actor?.principal.userId ?? null;
      event.requestId = actor?.requestId ?? null;
      event.action = record.action;
      event.entityType = record.entityType;
      event.entityId = record.entityId;
      event.changes = record.changes ?? {};
      return event;
    });
    await manager.save(events, { chunk: 500, reload: false });
  }
}
