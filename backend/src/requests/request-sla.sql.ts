import { HELSINKI_TIME_ZONE } from '../common/time/helsinki-date';
import type { SlaFilterState } from './dto/request-list-query.dto';

// Service-level states in SQL, the same rules as service-level.ts: breached once the due instant has passed,
// at risk on the due business day itself (less than one business day left). A request waiting for the unit
// has its resolution clock paused.

/** The start (Helsinki midnight) of the day a due instant ends. */
function dueDayStart(column: string): string {
  return `(date_trunc('day', (${column} - interval '1 microsecond') AT TIME ZONE '${HELSINKI_TIME_ZONE}') AT TIME ZONE '${HELSINKI_TIME_ZONE}')`;
}

function openClocks(alias: string): { firstResponse: string; resolution: string } {
  return {
    firstResponse: `${alias}.first_responded_at IS NULL`,
    resolution: `${alias}.status <> 'waiting_for_unit'`,
  };
}

export function slaBreachedSql(alias: string): string {
  const clocks = openClocks(alias);
  return `((${clocks.firstResponse} AND ${alias}.first_response_due_at <= now())
    OR (${clocks.resolution} AND ${alias}.resolution_due_at <= now()))`;
}

export function slaAtRiskSql(alias: string): string {
  const clocks = openClocks(alias);
  return `(NOT ${slaBreachedSql(alias)} AND (
    (${clocks.firstResponse} AND now() >= ${dueDayStart(`${alias}.first_response_due_at`)})
    OR (${clocks.resolution} AND now() >= ${dueDayStart(`${alias}.resolution_due_at`)})))`;
}

/** A condition on open requests (the caller restricts to open statuses) for the SLA filter. */
export function slaFilterSql(alias: string, state: SlaFilterState): string {
  switch (state) {
    case 'breached':
      return slaBreachedSql(alias);
    case 'atRisk':
      return slaAtRiskSql(alias);
    case 'onTrack':
      return `(NOT ${slaBreachedSql(alias)} AND NOT ${slaAtRiskSql(alias)})`;
  }
}
