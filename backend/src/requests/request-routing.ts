import type { EntityManager } from 'typeorm';
import { assignmentCoversSql } from '../agents/assignment-period.sql';

/** The region's active agent today (an active user with an assignment covering today), or null. */
export async function activeAgentOfRegion(
  manager: EntityManager,
  regionCode: string,
): Promise<string | null> {
  const rows = (await manager.query(
    `SELECT a.agent_user_id FROM agent_region_assignments a JOIN users u ON u.id = a.agent_user_id
     WHERE a.region_code = $1 AND u.is_active AND u.role = 'agent'
       AND ${assignmentCoversSql('a')}
     LIMIT 1`,
    [regionCode],
  )) as { agent_user_id: string }[];
  return rows[0]?.agent_user_id ?? null;
}

/** Whether the user is an active agent (any agent may be given a request by a coordinator). */
export async function isActiveAgent(manager: EntityManager, userId: string): Promise<boolean> {
  const rows = (await manager.query(
    `SELECT 1 FROM users u JOIN agents a ON a.user_id = u.id WHERE u.id = $1 AND u.is_active AND u.role = 'agent'`,
    [userId],
  )) as unknown[];
  return rows.length > 0;
}
