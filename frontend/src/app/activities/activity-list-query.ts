import type { ParamMap, Params } from '@angular/router';
import type { ActivitiesList$Params } from '../core/api/generated/fn/activities/activities-list';
import type { ActivitiesSummary$Params } from '../core/api/generated/fn/activities/activities-summary';
import { ACTIVITY_TYPES, type ActivityType } from './activity-options';

export const PAGE_SIZES: readonly number[] = [25, 50, 100];

/** Whose work the log shows: the caller's own (the default), everybody's in scope, or one agent's. */
export type ActivityOwner = 'mine' | 'all' | { agentUserId: string };

export interface ActivityListQuery {
  owner: ActivityOwner;
  /** "YYYY-MM-DD", on or after / on or before. */
  from: string | null;
  to: string | null;
  /** Any of these types; empty: every type. */
  types: readonly ActivityType[];
  themeCode: string | null;
  unitId: string | null;
  /** 1-based, as the API counts. */
  page: number;
  pageSize: number;
}

export const DEFAULT_ACTIVITY_QUERY: ActivityListQuery = {
  owner: 'mine',
  from: null,
  to: null,
  types: [],
  themeCode: null,
  unitId: null,
  page: 1,
  pageSize: PAGE_SIZES[0] ?? 25,
};

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const THEME_CODE = /^[a-z][a-z0-9_]{0,63}$/;

function parsePositiveInteger(value: string | null): number | null {
  return value !== null && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}

function matchOrNull(value: string | null, pattern: RegExp): string | null {
  return value !== null && pattern.test(value) ? value : null;
}

/** Known types in the forms' order, each once. */
function parseTypes(value: string | null): ActivityType[] {
  const named = new Set((value ?? '').split(','));
  return ACTIVITY_TYPES.filter((type) => named.has(type));
}

function parseOwner(value: string | null): ActivityOwner {
  if (value === 'all') {
    return 'all';
  }
  return value !== null && UUID.test(value) ? { agentUserId: value } : 'mine';
}

export function isSameOwner(first: ActivityOwner, second: ActivityOwner): boolean {
  return ownerParam(first) === ownerParam(second);
}

function ownerParam(owner: ActivityOwner): string | null {
  return typeof owner === 'string' ? (owner === 'mine' ? null : owner) : owner.agentUserId;
}

/** The log's query from the address's query parameters; anything unknown or malformed is left out. */
export function queryFromParams(params: ParamMap): ActivityListQuery {
  const pageSize = parsePositiveInteger(params.get('pageSize'));
  return {
    owner: parseOwner(params.get('agent')),
    from: matchOrNull(params.get('from'), CALENDAR_DATE),
    to: matchOrNull(params.get('to'), CALENDAR_DATE),
    types: parseTypes(params.get('type')),
    themeCode: matchOrNull(params.get('themeCode'), THEME_CODE),
    unitId: matchOrNull(params.get('unitId'), UUID),
    page: parsePositiveInteger(params.get('page')) ?? DEFAULT_ACTIVITY_QUERY.page,
    pageSize: pageSize !== null && PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_ACTIVITY_QUERY.pageSize,
  };
}

/** The address's query parameters for a query: only what differs from the defaults, so links stay short. */
export function queryToParams(query: ActivityListQuery): Params {
  const owner = ownerParam(query.owner);
  return {
    ...(owner ? { agent: owner } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    ...(query.types.length > 0 ? { type: query.types.join(',') } : {}),
    ...(query.themeCode ? { themeCode: query.themeCode } : {}),
    ...(query.unitId ? { unitId: query.unitId } : {}),
    ...(query.page === DEFAULT_ACTIVITY_QUERY.page ? {} : { page: String(query.page) }),
    ...(query.pageSize === DEFAULT_ACTIVITY_QUERY.pageSize ? {} : { pageSize: String(query.pageSize) }),
  };
}

/** Whose activities, as the API takes it. */
export function ownerToApiParams(
  owner: ActivityOwner,
): Pick<ActivitiesSummary$Params, 'mine' | 'agentUserId'> {
  if (owner === 'mine') {
    return { mine: true };
  }
  return owner === 'all' ? {} : { agentUserId: owner.agentUserId };
}

/** The filters as the summary endpoint takes them (no paging). */
export function queryToSummaryParams(query: ActivityListQuery): ActivitiesSummary$Params {
  return {
    ...ownerToApiParams(query.owner),
    ...(query.types.length > 0 ? { type: query.types.join(',') } : {}),
    ...(query.themeCode ? { themeCode: query.themeCode } : {}),
    ...(query.unitId ? { unitId: query.unitId } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
  };
}

/** The list endpoint's parameters for a query, newest first (the server's default order). */
export function queryToApiParams(query: ActivityListQuery): ActivitiesList$Params {
  return { page: query.page, pageSize: query.pageSize, ...queryToSummaryParams(query) };
}

/** Whether the query narrows the log beyond whose work it is. */
export function hasFilters(query: ActivityListQuery): boolean {
  return (
    query.from !== null ||
    query.to !== null ||
    query.types.length > 0 ||
    query.themeCode !== null ||
    query.unitId !== null
  );
}
