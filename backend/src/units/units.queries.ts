import type { EntityManager } from 'typeorm';

/** Whether anything refers to the unit (contacts, unit users, requests), so that it must be kept and only deactivated. */
export async function unitHasHistory(manager: EntityManager, unitId: string): Promise<boolean> {
  const [row] = (await manager.query(
    `SELECT EXISTS (SELECT 1 FROM contacts WHERE unit_id = $1)
         OR EXISTS (SELECT 1 FROM users WHERE unit_id = $1)
         OR EXISTS (SELECT 1 FROM support_requests WHERE unit_id = $1)
         OR EXISTS (SELECT 1 FROM activity_units WHERE unit_id = $1)
         OR EXISTS (SELECT 1 FROM follow_ups WHERE unit_id = $1) AS has_history`,
    [unitId],
  )) as { has_history: boolean }[];
  return row.has_history;
}
