import { setTimeout as sleep } from 'node:timers/promises';
import type { Pool } from 'pg';
import { ACTIVITY_TYPES } from '../src/activities/activity-options';
import { helsinkiDate } from '../src/common/time/helsinki-date';
import type { NamedUnit } from './bench-fixtures';

/** Every activity the bench logs carries this note, so that it can remove them afterwards. */
export const BENCH_ACTIVITY_NOTE = 'Logged by npm run bench (synthetic load); removed when the bench ends.';

/** The bodies of POST /api/v1/activities: today, one unit of the agent's regions each, in turn. */
export function activityBodies(units: readonly NamedUnit[], themeCodes: readonly string[]): string[] {
  const today = helsinkiDate();
  return units.map((unit, index) =>
    JSON.stringify({
      date: today,
      type: ACTIVITY_TYPES[index % ACTIVITY_TYPES.length],
      durationMinutes: 15 * (1 + (index % 8)),
      participantCount: 1 + (index % 5),
      unitIds: [unit.id],
      themeCodes: [themeCodes[index % themeCodes.length]],
      note: BENCH_ACTIVITY_NOTE,
    }),
  );
}

const DEADLOCK = '40P01';

/**
 * Deletes every activity the bench has logged (this run's, and any left by an interrupted run; their units
 * and themes go with them) and their audit events, then vacuums, so that every run measures the same data.
 * Returns how many were removed.
 */
export async function removeBenchActivities(pool: Pool): Promise<number> {
  const removed = await deleteRetryingDeadlocks(pool);
  if (removed > 0) {
    // The removed rows stay as dead versions in the tables and their indexes until a vacuum. The embedded
    // PostgreSQL stops with the API, usually before autovacuum gets to them, and the next run's reads would
    // step over them: an agent's hours this month read 29 000 dead index entries of today's date (2.1 ms
    // instead of 0.3). Tables without dead rows cost the vacuum a look at their visibility map.
    await pool.query('VACUUM');
  }
  return removed;
}

async function deleteRetryingDeadlocks(pool: Pool): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await deleteBenchActivities(pool);
    } catch (error) {
      // Write triggers of the app may still lock the same rows; a deadlock victim is simply retried.
      if ((error as { code?: string }).code !== DEADLOCK || attempt === 5) {
        throw error;
      }
      await sleep(200 * attempt);
    }
  }
}

async function deleteBenchActivities(pool: Pool): Promise<number> {
  const result = await pool.query<{ count: number }>(
    `WITH removed AS (
       DELETE FROM activities WHERE note = $1
       RETURNING id),
     unaudited AS (
       DELETE FROM audit_events
       WHERE entity_type = 'activity' AND entity_id IN (SELECT id::text FROM removed))
     SELECT count(*)::int AS count FROM removed`,
    [BENCH_ACTIVITY_NOTE],
  );
  return result.rows[0]?.count ?? 0;
}
