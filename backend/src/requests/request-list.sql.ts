import { type Bind, SqlParameters } from '../common/sql/sql-parameters';
import { escapeLike } from '../common/sql/like';
import { HELSINKI_TIME_ZONE } from '../common/time/helsinki-date';
import { parseSort } from '../common/pagination/sort';
import type { REQUEST_SORT_FIELDS, RequestListQueryDto } from './dto/request-list-query.dto';
import { type RequestScope, requestScopeSql } from './request-scope';
import { requestOpenSql, slaFilterSql } from './request-sla.sql';
import { OPEN_STATUSES } from './request-workflow';

// The requests list's and export's filters as SQL over `support_requests` (alias `alias`), values bound through
// `bind`: the statement's text depends only on which filters are given, so each shape is prepared once.

export type RequestFilters = Omit<RequestListQueryDto, 'page' | 'pageSize' | 'offset'>;

type RequestSortField = (typeof REQUEST_SORT_FIELDS)[number];

const SORT_COLUMNS: Record<RequestSortField, string> = {
  submittedAt: 'submitted_at',
  number: 'number',
  status: 'status',
  urgency: 'urgency',
  firstResponseDueAt: 'first_response_due_at',
  resolutionDueAt: 'resolution_due_at',
  updatedAt: 'updated_at',
};

/** The filters only open requests: asked for, or implied by the service-level filter and the queue. */
function onlyOpen(filters: RequestFilters): boolean {
  return filters.open === true || filters.slaState !== undefined || filters.queue === true;
}

/** The scope's and the filters' conditions, joined with AND. */
export function requestFilterSql(
  alias: string,
  filters: RequestFilters,
  scope: RequestScope,
  bind: Bind,
): string {
  const conditions = [requestScopeSql(alias, scope, bind)];
  if (filters.status?.length) {
    conditions.push(`${alias}.status = ANY(${bind(filters.status)}::text[])`);
  }
  if (onlyOpen(filters)) {
    conditions.push(requestOpenSql(alias));
  } else if (filters.open === false) {
    conditions.push(`NOT ${requestOpenSql(alias)}`);
  }
  if (filters.slaState) {
    conditions.push(slaFilterSql(alias, filters.slaState));
  }
  if (filters.queue) {
    conditions.push(`${alias}.assigned_agent_user_id IS NULL`);
  }
  if (filters.regionCode) {
    conditions.push(`${alias}.region_code = ${bind(filters.regionCode)}`);
  }
  if (filters.agentUserId) {
    conditions.push(`${alias}.assigned_agent_user_id = ${bind(filters.agentUserId)}::uuid`);
  }
  if (filters.unitId) {
    conditions.push(`${alias}.unit_id = ${bind(filters.unitId)}::uuid`);
  }
  if (filters.themeCode) {
    conditions.push(
      `EXISTS (SELECT 1 FROM support_request_themes t
               WHERE t.request_id = ${alias}.id AND t.theme_code = ${bind(filters.themeCode)})`,
    );
  }
  if (filters.createdFrom) {
    conditions.push(
      `${alias}.submitted_at >= (${bind(filters.createdFrom)}::date::timestamp AT TIME ZONE '${HELSINKI_TIME_ZONE}')`,
    );
  }
  if (filters.createdTo) {
    conditions.push(
      `${alias}.submitted_at < ((${bind(filters.createdTo)}::date + 1)::timestamp AT TIME ZONE '${HELSINKI_TIME_ZONE}')`,
    );
  }
  const q = filters.q?.trim();
  if (q) {
    const number = /^#?(\d{1,9})$/.exec(q);
    conditions.push(
      number
        ? `${alias}.number = ${bind(Number(number[1]))}::int`
        : `${alias}.title ILIKE ${bind(`%${escapeLike(q)}%`)}`,
    );
  }
  return conditions.join('\n  AND ');
}

/** The list's order: the sort asked for, else open work oldest first (who has waited longest), else newest first. */
export function requestOrderSql(alias: string, filters: RequestFilters): string {
  if (filters.sort) {
    const { field, direction } = parseSort<RequestSortField>(filters.sort);
    const column =
      field === 'urgency'
        ? `CASE ${alias}.urgency WHEN 'high' THEN 3 WHEN 'normal' THEN 2 ELSE 1 END`
        : `${alias}.${SORT_COLUMNS[field]}`;
    // The id breaks ties in the same direction, so that one index on (column, id) serves both (migration
    // RequestListSorts).
    return `${column} ${direction}, ${alias}.id ${direction}`;
  }
  const allOpen =
    onlyOpen(filters) ||
    (filters.status?.length ? filters.status.every((status) => OPEN_STATUSES.includes(status)) : false);
  return `${alias}.submitted_at ${allOpen ? 'ASC' : 'DESC'}, ${alias}.id ASC`;
}

/**
 * The keys of the list's query that the counts per status and region (migration RequestStatusCounts) can answer:
 * filters on those columns only, and the keys that do not filter. Any other filter, or a scope narrower than the
 * network, counts the matching requests themselves.
 */
const COUNTED_KEYS: ReadonlySet<string> = new Set<keyof RequestListQueryDto>([
  'status',
  'open',
  'regionCode',
  'sort',
  'page',
  'pageSize',
]);

/**
 * The number of requests matching the filters in the scope, as a scalar subquery over the counts per status and
 * region, when they can answer (a coordinator's list over the network: at EU scale 48 000 open requests, or a
 * million, counted row by row in 7–45 ms); else null, and the caller counts the requests. The same filter
 * conditions apply, to the counts' columns of the same names.
 */
function countedTotalSql(filters: RequestFilters, scope: RequestScope, bind: Bind): string | null {
  const counted =
    scope.kind === 'all' &&
    Object.entries(filters).every(([key, value]) => value === undefined || COUNTED_KEYS.has(key));
  return counted
    ? `(SELECT coalesce(sum(c.requests), 0)::int FROM request_status_counts c
        WHERE ${requestFilterSql('c', filters, scope, bind)})`
    : null;
}

/**
 * The number of requests matching the filters in the scope, as a scalar subquery. `where` gives the filters'
 * condition over the requests (`r`), asked for only when they are counted: a condition written binds its values,
 * and a value no placeholder of the text uses is an error.
 */
function totalSql(filters: RequestFilters, scope: RequestScope, bind: Bind, where: () => string): string {
  return (
    countedTotalSql(filters, scope, bind) ?? `(SELECT count(*)::int FROM support_requests r WHERE ${where()})`
  );
}

/** A statement's text and its values. */
export interface Statement {
  readonly text: string;
  readonly values: unknown[];
}

/**
 * A page of the list, as `RequestListRow`s with their theme codes (comma-separated, sorted) and the number of all
 * matching requests (on every row; none when the page is past the end). The unit's and the agent's names and the
 * theme codes are subqueries of the select list, which PostgreSQL evaluates after the sort and the limit: for the
 * page's rows only (joined, a plan could read every unit to hash them before sorting).
 */
export function requestPageSql(
  filters: RequestFilters,
  scope: RequestScope,
  page: { readonly offset: number; readonly pageSize: number },
): Statement {
  const parameters = new SqlParameters();
  const where = requestFilterSql('r', filters, scope, parameters.bind);
  const text = `SELECT r.id, r.number, r.title, r.status, r.urgency, r.source,
       r.unit_id AS "unitId", (SELECT u.name_fi FROM units u WHERE u.id = r.unit_id) AS "unitName",
       r.unit_description AS "unitDescription", r.region_code AS "regionCode",
       r.assigned_agent_user_id AS "assignedAgentUserId",
       (SELECT agent.display_name FROM users agent WHERE agent.id = r.assigned_agent_user_id) AS "agentName",
       r.submitted_at AS "submittedAt",
       r.first_response_due_at AS "firstResponseDueAt", r.first_responded_at AS "firstRespondedAt",
       r.resolution_due_at AS "resolutionDueAt", r.resolved_at AS "resolvedAt", r.cancelled_at AS "cancelledAt",
       array_to_string(ARRAY(SELECT t.theme_code FROM support_request_themes t
                             WHERE t.request_id = r.id ORDER BY t.theme_code COLLATE "C"), ',') AS "themeCodes",
       ${totalSql(filters, scope, parameters.bind, () => where)} AS total
FROM support_requests r
WHERE ${where}
ORDER BY ${requestOrderSql('r', filters)}
LIMIT ${parameters.bind(page.pageSize)}::int OFFSET ${parameters.bind(page.offset)}::int`;
  return { text, values: parameters.values };
}

/** The number of requests matching the filters in the scope. */
export function requestCountSql(filters: RequestFilters, scope: RequestScope): Statement {
  const parameters = new SqlParameters();
  const where = (): string => requestFilterSql('r', filters, scope, parameters.bind);
  return {
    text: `SELECT ${totalSql(filters, scope, parameters.bind, where)} AS total`,
    values: parameters.values,
  };
}

/** Every request matching the filters, in the list's order, with the columns of the export (no requester data). */
export function requestExportSql(filters: RequestFilters, scope: RequestScope): Statement {
  const parameters = new SqlParameters();
  const where = requestFilterSql('r', filters, scope, parameters.bind);
  const text = `SELECT r.number, r.title, r.status, r.urgency, r.source, u.name_fi AS "unitName",
       r.unit_description AS "unitDescription", r.region_code AS "regionCode", agent.display_name AS "agentName",
       r.submitted_at AS "submittedAt", r.first_response_due_at AS "firstResponseDueAt",
       r.first_responded_at AS "firstRespondedAt", r.resolution_due_at AS "resolutionDueAt",
       r.resolved_at AS "resolvedAt", r.rating
FROM support_requests r
LEFT JOIN units u ON u.id = r.unit_id
LEFT JOIN users agent ON agent.id = r.assigned_agent_user_id
WHERE ${where}
ORDER BY ${requestOrderSql('r', filters)}`;
  return { text, values: parameters.values };
}
