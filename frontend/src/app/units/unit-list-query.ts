import { HttpParams } from '@angular/common/http';
import type { ParamMap, Params } from '@angular/router';
import type { UnitsList$Params } from '../core/api/generated/fn/units/units-list';
import { REGION_CODE_PATTERN } from '../core/api/region-code';
import { type UnitType, isUnitType } from './unit-types';

export type UnitSort = NonNullable<UnitsList$Params['sort']>;
export type UnitSortField = 'name' | 'businessId' | 'regionCode' | 'estimatedAnnualSpend' | 'updatedAt';
export type ExportFormat = 'csv' | 'xlsx';

export const UNIT_SORT_FIELDS: readonly UnitSortField[] = [
  'name',
  'businessId',
  'regionCode',
  'estimatedAnnualSpend',
  'updatedAt',
];
export const PAGE_SIZES: readonly number[] = [25, 50, 100];

export interface UnitListQuery {
  q: string;
  regionCode: string | null;
  type: UnitType | null;
  isActive: boolean | null;
  /** Reached (true) or not reached (false) in the period `from`–`to`; null: no reach filter. */
  reached: boolean | null;
  /** "YYYY-MM-DD"; null: the server's default (1 January this year, today). */
  from: string | null;
  to: string | null;
  /** null: the server's default (relevance when searching, otherwise name). */
  sort: UnitSort | null;
  /** 1-based, as the API counts. */
  page: number;
  pageSize: number;
}

export const DEFAULT_UNIT_QUERY: UnitListQuery = {
  q: '',
  regionCode: null,
  type: null,
  isActive: null,
  reached: null,
  from: null,
  to: null,
  sort: null,
  page: 1,
  pageSize: PAGE_SIZES[0] ?? 25,
};

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_SEARCH_LENGTH = 200;

export function isUnitSortField(value: string): value is UnitSortField {
  return (UNIT_SORT_FIELDS as readonly string[]).includes(value);
}

function parseSort(value: string | null): UnitSort | null {
  if (!value) {
    return null;
  }
  const field = value.startsWith('-') ? value.slice(1) : value;
  return isUnitSortField(field) ? (value as UnitSort) : null;
}

function parseBoolean(value: string | null): boolean | null {
  return value === 'true' ? true : value === 'false' ? false : null;
}

function parsePositiveInteger(value: string | null): number | null {
  return value !== null && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}

function matchOrNull(value: string | null, pattern: RegExp): string | null {
  return value !== null && pattern.test(value) ? value : null;
}

/** The list's query from the address's query parameters; anything unknown or malformed is left out. */
export function queryFromParams(params: ParamMap): UnitListQuery {
  const type = params.get('type');
  const pageSize = parsePositiveInteger(params.get('pageSize'));
  return {
    q: (params.get('q') ?? '').slice(0, MAX_SEARCH_LENGTH),
    regionCode: matchOrNull(params.get('regionCode'), REGION_CODE_PATTERN),
    type: isUnitType(type) ? type : null,
    isActive: parseBoolean(params.get('isActive')),
    reached: parseBoolean(params.get('reached')),
    from: matchOrNull(params.get('from'), CALENDAR_DATE),
    to: matchOrNull(params.get('to'), CALENDAR_DATE),
    sort: parseSort(params.get('sort')),
    page: parsePositiveInteger(params.get('page')) ?? DEFAULT_UNIT_QUERY.page,
    pageSize: pageSize !== null && PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_UNIT_QUERY.pageSize,
  };
}

/** The address's query parameters for a query: only what differs from the defaults, so links stay short. */
export function queryToParams(query: UnitListQuery): Params {
  const q = query.q.trim();
  return {
    ...(q ? { q } : {}),
    ...(query.regionCode ? { regionCode: query.regionCode } : {}),
    ...(query.type ? { type: query.type } : {}),
    ...(query.isActive === null ? {} : { isActive: String(query.isActive) }),
    ...(query.reached === null ? {} : { reached: String(query.reached) }),
    ...(query.reached !== null && query.from ? { from: query.from } : {}),
    ...(query.reached !== null && query.to ? { to: query.to } : {}),
    ...(query.sort ? { sort: query.sort } : {}),
    ...(query.page === DEFAULT_UNIT_QUERY.page ? {} : { page: String(query.page) }),
    ...(query.pageSize === DEFAULT_UNIT_QUERY.pageSize ? {} : { pageSize: String(query.pageSize) }),
  };
}

/** The filters and sort as the API and the exports take them (no paging). */
function filterParams(query: UnitListQuery): Omit<UnitsList$Params, 'page' | 'pageSize'> {
  const q = query.q.trim();
  return {
    ...(q ? { q } : {}),
    ...(query.regionCode ? { regionCode: query.regionCode } : {}),
    ...(query.type ? { type: query.type } : {}),
    ...(query.isActive === null ? {} : { isActive: query.isActive }),
    ...(query.reached === null ? {} : { reached: query.reached }),
    ...(query.reached !== null && query.from ? { from: query.from } : {}),
    ...(query.reached !== null && query.to ? { to: query.to } : {}),
    ...(query.sort ? { sort: query.sort } : {}),
  };
}

/** The list endpoint's parameters for a query. */
export function queryToApiParams(query: UnitListQuery): UnitsList$Params {
  return { ...filterParams(query), page: query.page, pageSize: query.pageSize };
}

/** A download link of the filtered list in the same order: `/api/v1/exports/units?format=csv&…`. */
export function exportUrl(query: UnitListQuery, format: ExportFormat, rootUrl = ''): string {
  let params = new HttpParams().set('format', format);
  for (const [name, value] of Object.entries(filterParams(query))) {
    params = params.set(name, String(value));
  }
  return `${rootUrl}/api/v1/exports/units?${params.toString()}`;
}
