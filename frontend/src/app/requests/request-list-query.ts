import { HttpParams } from '@angular/common/http';
import type { ParamMap, Params } from '@angular/router';
import type { RequestsList$Params } from '../core/api/generated/fn/requests/requests-list';
import { REGION_CODE_PATTERN } from '../core/api/region-code';
import {
  REQUEST_STATUSES,
  type RequestStatus,
  type SlaFilterState,
  isSlaFilterState,
} from './request-options';

export type RequestSort = NonNullable<RequestsList$Params['sort']>;
export type RequestSortField =
  'submittedAt' | 'number' | 'status' | 'urgency' | 'firstResponseDueAt' | 'resolutionDueAt' | 'updatedAt';

export const REQUEST_SORT_FIELDS: readonly RequestSortField[] = [
  'submittedAt',
  'number',
  'status',
  'urgency',
  'firstResponseDueAt',
  'resolutionDueAt',
  'updatedAt',
];
/** Every order the server offers, ascending then descending per field. */
export const REQUEST_SORTS: readonly RequestSort[] = REQUEST_SORT_FIELDS.flatMap((field): RequestSort[] => [
  field,
  `-${field}`,
]);
export const PAGE_SIZES: readonly number[] = [25, 50, 100];
export type ExportFormat = 'csv' | 'xlsx';

export interface RequestListQuery {
  q: string;
  /** Any of these statuses; empty: every status. */
  statuses: readonly RequestStatus[];
  /** Only new, assigned, in progress and waiting requests (`open=true`). */
  isOpenOnly: boolean;
  /** Open requests whose worse service level is in this state. */
  slaState: SlaFilterState | null;
  /** The coordinators' queue: new requests with no agent (`queue=true`). */
  isQueueOnly: boolean;
  regionCode: string | null;
  agentUserId: string | null;
  themeCode: string | null;
  unitId: string | null;
  /** "YYYY-MM-DD", submitted on or after / on or before (Helsinki days). */
  createdFrom: string | null;
  createdTo: string | null;
  /** null: the server's default (open work oldest first, otherwise newest first). */
  sort: RequestSort | null;
  /** 1-based, as the API counts. */
  page: number;
  pageSize: number;
}

export const DEFAULT_REQUEST_QUERY: RequestListQuery = {
  q: '',
  statuses: [],
  isOpenOnly: false,
  slaState: null,
  isQueueOnly: false,
  regionCode: null,
  agentUserId: null,
  themeCode: null,
  unitId: null,
  createdFrom: null,
  createdTo: null,
  sort: null,
  page: 1,
  pageSize: PAGE_SIZES[0] ?? 25,
};

/** The quick views above the list; each is a set of filters, nothing else. */
export type RequestPreset = 'open' | 'queue' | 'atRisk' | 'breached' | 'all';

export const REQUEST_PRESETS: Readonly<Record<RequestPreset, Partial<RequestListQuery>>> = {
  open: { isOpenOnly: true },
  queue: { isQueueOnly: true },
  atRisk: { slaState: 'atRisk' },
  breached: { slaState: 'breached' },
  all: {},
};

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const THEME_CODE = /^[a-z][a-z0-9_]{0,63}$/;
const MAX_SEARCH_LENGTH = 200;

export function isRequestSort(value: string | null): value is RequestSort {
  return value !== null && (REQUEST_SORTS as readonly string[]).includes(value);
}

function parsePositiveInteger(value: string | null): number | null {
  return value !== null && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}

function matchOrNull(value: string | null, pattern: RegExp): string | null {
  return value !== null && pattern.test(value) ? value : null;
}

/** Known statuses in workflow order, each once. */
function parseStatuses(value: string | null): RequestStatus[] {
  const named = new Set((value ?? '').split(','));
  return REQUEST_STATUSES.filter((status) => named.has(status));
}

/** The list's query from the address's query parameters; anything unknown or malformed is left out. */
export function queryFromParams(params: ParamMap): RequestListQuery {
  const slaState = params.get('slaState');
  const sort = params.get('sort');
  const pageSize = parsePositiveInteger(params.get('pageSize'));
  return {
    q: (params.get('q') ?? '').slice(0, MAX_SEARCH_LENGTH),
    statuses: parseStatuses(params.get('status')),
    isOpenOnly: params.get('open') === 'true',
    slaState: isSlaFilterState(slaState) ? slaState : null,
    isQueueOnly: params.get('queue') === 'true',
    regionCode: matchOrNull(params.get('regionCode'), REGION_CODE_PATTERN),
    agentUserId: matchOrNull(params.get('agentUserId'), UUID),
    themeCode: matchOrNull(params.get('themeCode'), THEME_CODE),
    unitId: matchOrNull(params.get('unitId'), UUID),
    createdFrom: matchOrNull(params.get('createdFrom'), CALENDAR_DATE),
    createdTo: matchOrNull(params.get('createdTo'), CALENDAR_DATE),
    sort: isRequestSort(sort) ? sort : null,
    page: parsePositiveInteger(params.get('page')) ?? DEFAULT_REQUEST_QUERY.page,
    pageSize: pageSize !== null && PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_REQUEST_QUERY.pageSize,
  };
}

/** The filters as the address shows them (no sort or paging). */
function filterParams(query: RequestListQuery): Params {
  const q = query.q.trim();
  return {
    ...(q ? { q } : {}),
    ...(query.statuses.length > 0 ? { status: query.statuses.join(',') } : {}),
    ...(query.isOpenOnly ? { open: 'true' } : {}),
    ...(query.slaState ? { slaState: query.slaState } : {}),
    ...(query.isQueueOnly ? { queue: 'true' } : {}),
    ...(query.regionCode ? { regionCode: query.regionCode } : {}),
    ...(query.agentUserId ? { agentUserId: query.agentUserId } : {}),
    ...(query.themeCode ? { themeCode: query.themeCode } : {}),
    ...(query.unitId ? { unitId: query.unitId } : {}),
    ...(query.createdFrom ? { createdFrom: query.createdFrom } : {}),
    ...(query.createdTo ? { createdTo: query.createdTo } : {}),
  };
}

/** The address's query parameters for a query: only what differs from the defaults, so links stay short. */
export function queryToParams(query: RequestListQuery): Params {
  return {
    ...filterParams(query),
    ...(query.sort ? { sort: query.sort } : {}),
    ...(query.page === DEFAULT_REQUEST_QUERY.page ? {} : { page: String(query.page) }),
    ...(query.pageSize === DEFAULT_REQUEST_QUERY.pageSize ? {} : { pageSize: String(query.pageSize) }),
  };
}

/** The list endpoint's parameters for a query. */
export function queryToApiParams(query: RequestListQuery): RequestsList$Params {
  return { page: query.page, pageSize: query.pageSize, ...exportParams(query) };
}

/** A download link of the filtered list in the same order: `/api/v1/exports/requests?format=csv&…`. */
export function exportUrl(query: RequestListQuery, format: ExportFormat, rootUrl = ''): string {
  let params = new HttpParams().set('format', format);
  for (const [name, value] of Object.entries(exportParams(query))) {
    params = params.set(name, String(value));
  }
  return `${rootUrl}/api/v1/exports/requests?${params.toString()}`;
}

/** The filters and order as the API takes them (no paging). */
function exportParams(query: RequestListQuery): Omit<RequestsList$Params, 'page' | 'pageSize'> {
  const q = query.q.trim();
  return {
    ...(q ? { q } : {}),
    ...(query.statuses.length > 0 ? { status: query.statuses.join(',') } : {}),
    ...(query.isOpenOnly ? { open: true } : {}),
    ...(query.slaState ? { slaState: query.slaState } : {}),
    ...(query.isQueueOnly ? { queue: true } : {}),
    ...(query.regionCode ? { regionCode: query.regionCode } : {}),
    ...(query.agentUserId ? { agentUserId: query.agentUserId } : {}),
    ...(query.themeCode ? { themeCode: query.themeCode } : {}),
    ...(query.unitId ? { unitId: query.unitId } : {}),
    ...(query.createdFrom ? { createdFrom: query.createdFrom } : {}),
    ...(query.createdTo ? { createdTo: query.createdTo } : {}),
    ...(query.sort ? { sort: query.sort } : {}),
  };
}

/** The address's query parameters of a quick view: its filters only, in the current page size. */
export function presetParams(preset: RequestPreset, pageSize: number): Params {
  return queryToParams({ ...DEFAULT_REQUEST_QUERY, ...REQUEST_PRESETS[preset], pageSize });
}

/** The quick view the query shows exactly (whatever its order and page), if any. */
export function activePreset(query: RequestListQuery): RequestPreset | null {
  const shown = JSON.stringify(filterParams(query));
  const presets = Object.keys(REQUEST_PRESETS) as RequestPreset[];
  return (
    presets.find(
      (preset) =>
        JSON.stringify(filterParams({ ...DEFAULT_REQUEST_QUERY, ...REQUEST_PRESETS[preset] })) === shown,
    ) ?? null
  );
}
