import { HELSINKI_TIME_ZONE } from '../common/time/helsinki-date';
import type { SlaFilterState } from './dto/request-list-query.dto';
import { OPEN_STATUSES } from './request-workflow';

/** The request `alias` is open (new, assigned, in progress or waiting for the unit): its clocks can run. */
export function requestOpenSql(alias: string): string {
  return `${alias}.status IN (${OPEN_STATUSES.map((status) => `'${status}'`).join(', ')})`;
}

// Service-level states in SQL, the same rules as service-level.ts: breached once the due instant has passed,
// at risk on the due business day itself (less than one business day left). A request waiting for the unit
// has its resolution clock paused. `now` is an SQL expression of the instant to judge at (default now()).

/**
 * The start (Helsinki midnight) of the day after the one `now` falls on, computed once per statement (a scalar
 * subquery is evaluated once, an expression of `now` for every row). A due instant is on `now`'s day or before
 * exactly when it is at most this: the day that ends at the due instant (the day of the instant a microsecond
 * before it) has then started by `now`.
 */
function nextDayStart(now: string): string {
  return `(SELECT (date_trunc('day', ${now} AT TIME ZONE '${HELSINKI_TIME_ZONE}') + interval '1 day') AT TIME ZONE '${HELSINKI_TIME_ZONE}')`;
}

function openClocks(alias: string): { firstResponse: string; resolution: string } {
  return {
    firstResponse: `${alias}.first_responded_at IS NULL`,
    resolution: `${alias}.status <> 'waiting_for_unit'`,
  };
}

export type SlaClock = 'firstResponse' | 'resolution';

const DUE_COLUMNS: Record<SlaClock, string> = {
  firstResponse: 'first_response_due_at',
  resolution: 'resolution_due_at',
};

/** One clock of an open request is breached: still running and past its due instant. */
export function clockBreachedSql(alias: string, clock: SlaClock, now = 'now()'): string {
  return `(${openClocks(alias)[clock]} AND ${alias}.${DUE_COLUMNS[clock]} <= ${now})`;
}

/** One clock of an open request is at risk: still running, on its due business day, not yet breached. */
export function clockAtRiskSql(alias: string, clock: SlaClock, now = 'now()'): string {
  const due = `${alias}.${DUE_COLUMNS[clock]}`;
  return `(${openClocks(alias)[clock]} AND ${due} > ${now} AND ${due} <= ${nextDayStart(now)})`;
}

export function slaBreachedSql(alias: string, now = 'now()'): string {
  return `(${clockBreachedSql(alias, 'firstResponse', now)} OR ${clockBreachedSql(alias, 'resolution', now)})`;
}

export function slaAtRiskSql(alias: string, now = 'now()'): string {
  return `(NOT ${slaBreachedSql(alias, now)} AND (
    ${clockAtRiskSql(alias, 'firstResponse', now)} OR ${clockAtRiskSql(alias, 'resolution', now)}))`;
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
