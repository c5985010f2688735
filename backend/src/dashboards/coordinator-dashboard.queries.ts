import type { DataSource } from 'typeorm';
import { assignmentCoversSql } from '../agents/assignment-period.sql';
import { preparedQuery } from '../database/prepared-query';
import { requestOpenSql, slaAtRiskSql, slaBreachedSql } from '../requests/request-sla.sql';
import type { AgentWorkloadDto, QueueItemDto, RequestQueueDto } from './dto/coordinator-dashboard.dto';
import type { Period } from './period-figures.queries';

/** Every active agent's workload on `today`: regions, open requests and their service levels, follow-ups, hours. */
export async function agentWorkloads(
  db: DataSource,
  today: string,
  month: Period,
): Promise<AgentWorkloadDto[]> {
  const rows = (await preparedQuery(
    db,
    `WITH covered AS (
       SELECT a.agent_user_id, array_agg(a.region_code::text ORDER BY a.region_code) AS region_codes
       FROM agent_region_assignments a WHERE ${assignmentCoversSql('a', '$1::date')}
       GROUP BY a.agent_user_id),
     requests AS (
       SELECT r.assigned_agent_user_id AS agent_user_id, count(*)::int AS open,
              count(*) FILTER (WHERE ${slaAtRiskSql('r')})::int AS at_risk,
              count(*) FILTER (WHERE ${slaBreachedSql('r')})::int AS breached
       FROM support_requests r
       WHERE ${requestOpenSql('r')} AND r.assigned_agent_user_id IS NOT NULL
       GROUP BY r.assigned_agent_user_id),
     follow_ups_overdue AS (
       SELECT f.assignee_user_id AS agent_user_id, count(*)::int AS overdue
       FROM follow_ups f WHERE f.status = 'open' AND f.due_date < $1::date
       GROUP BY f.assignee_user_id),
     minutes AS (
       SELECT a.agent_user_id, sum(a.duration_minutes) AS minutes
       FROM activities a WHERE a.activity_date BETWEEN $2::date AND $3::date
       GROUP BY a.agent_user_id)
     SELECT u.id, u.display_name, ag.monthly_capacity_hours AS capacity,
            coalesce(covered.region_codes, '{}') AS region_codes,
            coalesce(requests.open, 0) AS open, coalesce(requests.at_risk, 0) AS at_risk,
            coalesce(requests.breached, 0) AS breached,
            coalesce(follow_ups_overdue.overdue, 0) AS overdue,
            round(coalesce(minutes.minutes, 0) / 60.0, 1)::float AS hours
     FROM users u
     JOIN agents ag ON ag.user_id = u.id
     LEFT JOIN covered ON covered.agent_user_id = u.id
     LEFT JOIN requests ON requests.agent_user_id = u.id
     LEFT JOIN follow_ups_overdue ON follow_ups_overdue.agent_user_id = u.id
     LEFT JOIN minutes ON minutes.agent_user_id = u.id
     WHERE u.role = 'agent' AND u.is_active
     ORDER BY u.display_name COLLATE "fi-FI-x-icu", u.id`,
    [today, month.from, month.to],
  )) as {
    id: string;
    display_name: string;
    capacity: number;
    region_codes: string[];
    open: number;
    at_risk: number;
    breached: number;
    overdue: number;
    hours: number;
  }[];
  return rows.map((row) => ({
    userId: row.id,
    displayName: row.display_name,
    regionCodes: row.region_codes,
    openRequests: row.open,
    atRisk: row.at_risk,
    breached: row.breached,
    overdueFollowUps: row.overdue,
    hoursThisMonth: row.hours,
    capacityHours: row.capacity,
  }));
}

/** Regions with no active agent on `today`. */
export async function regionsWithoutAgent(db: DataSource, today: string): Promise<string[]> {
  const rows = (await preparedQuery(
    db,
    `SELECT g.code FROM regions g
     WHERE NOT EXISTS (
       SELECT 1 FROM agent_region_assignments a JOIN users u ON u.id = a.agent_user_id
       WHERE a.region_code = g.code AND u.is_active AND ${assignmentCoversSql('a', '$1::date')})
     ORDER BY g.code`,
    [today],
  )) as { code: string }[];
  return rows.map((row) => row.code);
}

/** The coordinators' queue: new requests with no agent, the oldest `limit` of them and the counts. */
export async function unassignedQueue(db: DataSource, limit = 25): Promise<RequestQueueDto> {
  const rows = (await preparedQuery(
    db,
    `WITH queue AS (
       SELECT r.id, r.number, r.title, r.region_code, r.unit_id, r.unit_description, r.submitted_at,
              r.first_response_due_at,
              CASE WHEN ${slaBreachedSql('r')} THEN 'breached'
                   WHEN ${slaAtRiskSql('r')} THEN 'atRisk' ELSE 'onTrack' END AS sla_state
       FROM support_requests r
       WHERE r.status = 'new' AND r.assigned_agent_user_id IS NULL),
     counts AS (
       SELECT count(*)::int AS total,
              count(*) FILTER (WHERE sla_state = 'atRisk')::int AS at_risk,
              count(*) FILTER (WHERE sla_state = 'breached')::int AS breached
       FROM queue)
     SELECT counts.*, oldest.*
     FROM counts
     LEFT JOIN LATERAL (
       SELECT queue.id, queue.number, queue.title, queue.region_code, queue.submitted_at,
              queue.first_response_due_at, queue.sla_state, coalesce(u.name_fi, queue.unit_description) AS unit_name
       FROM queue LEFT JOIN units u ON u.id = queue.unit_id
       ORDER BY queue.submitted_at, queue.number
       LIMIT $1) oldest ON true
     ORDER BY oldest.submitted_at, oldest.number`,
    [limit],
  )) as {
    total: number;
    at_risk: number;
    breached: number;
    id: string | null;
    number: number;
    title: string;
    region_code: string | null;
    submitted_at: Date;
    first_response_due_at: Date;
    sla_state: QueueItemDto['slaState'];
    unit_name: string | null;
  }[];
  return {
    total: rows[0].total,
    atRisk: rows[0].at_risk,
    breached: rows[0].breached,
    items: rows
      .filter((row) => row.id !== null)
      .map((row) => ({
        id: row.id ?? '',
        number: row.number,
        title: row.title,
        regionCode: row.region_code,
        unitName: row.unit_name,
        submittedAt: row.submitted_at.toISOString(),
        firstResponseDueAt: row.first_response_due_at.toISOString(),
        slaState: row.sla_state,
      })),
  };
}
