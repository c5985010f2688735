import type { DataSource } from 'typeorm';
import { assignmentCoversSql } from '../agents/assignment-period.sql';
import { preparedQuery } from '../database/prepared-query';
import type { AgentRefDto } from './dto/dashboard-figures.dto';
import type { AgentPeriodDto } from './dto/national-dashboard.dto';

/** The active agent covering each region on `day`, by region code (regions without one are absent). */
export async function activeAgentsOn(db: DataSource, day: string): Promise<Map<string, AgentRefDto>> {
  const rows = (await preparedQuery(
    db,
    `SELECT a.region_code, u.id, u.display_name
     FROM agent_region_assignments a JOIN users u ON u.id = a.agent_user_id
     WHERE u.is_active AND ${assignmentCoversSql('a', '$1::date')}`,
    [day],
  )) as { region_code: string; id: string; display_name: string }[];
  return new Map(rows.map((row) => [row.region_code, { userId: row.id, displayName: row.display_name }]));
}

/** The region's assignment periods, newest first; who held them only when `withNames`. */
export async function regionAgentHistory(
  db: DataSource,
  regionCode: string,
  withNames: boolean,
): Promise<AgentPeriodDto[]> {
  const rows = (await preparedQuery(
    db,
    `SELECT a.valid_from::text, a.valid_to::text, u.id, u.display_name
     FROM agent_region_assignments a JOIN users u ON u.id = a.agent_user_id
     WHERE a.region_code = $1
     ORDER BY a.valid_from DESC`,
    [regionCode],
  )) as { valid_from: string; valid_to: string | null; id: string; display_name: string }[];
  return rows.map((row) => ({
    validFrom: row.valid_from,
    validTo: row.valid_to,
    ...(withNames ? { agent: { userId: row.id, displayName: row.display_name } } : {}),
  }));
}
