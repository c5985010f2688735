import type { DataSource } from 'typeorm';
import { assignmentCoversSql } from '../agents/assignment-period.sql';
import type { LocalizedTextDto } from '../common/i18n/localized-text.dto';
import { preparedQuery } from '../database/prepared-query';
import type { AgentRefDto } from './dto/dashboard-figures.dto';
import type { AgentPeriodDto } from './dto/national-dashboard.dto';

/** A region with its names and the active agent covering it on the day asked about (null when none). */
export interface RosterRegion {
  code: string;
  names: LocalizedTextDto;
  agent: AgentRefDto | null;
}

interface RosterRow {
  code: string;
  name_fi: string;
  name_sv: string;
  name_en: string;
  agent_id: string | null;
  agent_name: string | null;
}

const ACTIVE_AGENT_ASSIGNMENTS = `
  SELECT a.region_code, u.id, u.display_name
  FROM agent_region_assignments a JOIN users u ON u.id = a.agent_user_id
  WHERE u.is_active AND ${assignmentCoversSql('a', '$1::date')}`;

/**
 * Every region by code, with the active agent covering it on `day` (at most one: assignments of a region do not
 * overlap). One statement and one row per region: at EU scale the national dashboard's 1 200 regions.
 */
export async function regionRoster(db: DataSource, day: string): Promise<RosterRegion[]> {
  const rows = await preparedQuery<RosterRow>(
    db,
    `SELECT r.code, r.name_fi, r.name_sv, r.name_en, agent.id AS agent_id, agent.display_name AS agent_name
     FROM regions r LEFT JOIN (${ACTIVE_AGENT_ASSIGNMENTS}) agent ON agent.region_code = r.code
     ORDER BY r.code`,
    [day],
  );
  return rows.map((row) => ({
    code: row.code,
    names: { fi: row.name_fi, sv: row.name_sv, en: row.name_en },
    agent: row.agent_id === null ? null : { userId: row.agent_id, displayName: row.agent_name ?? '' },
  }));
}

/** How many regions an active agent covers on `day`. */
export async function regionsWithAgentOn(db: DataSource, day: string): Promise<number> {
  const [row] = await preparedQuery<{ regions: number }>(
    db,
    `SELECT count(DISTINCT region_code)::int AS regions FROM (${ACTIVE_AGENT_ASSIGNMENTS}) agent`,
    [day],
  );
  return row.regions;
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
