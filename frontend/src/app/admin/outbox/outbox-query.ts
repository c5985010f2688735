import type { ParamMap, Params } from '@angular/router';
import type { OutboxList$Params } from '../../core/api/generated/fn/mail/outbox-list';
import type { OutboxEmailDto } from '../../core/api/generated/models/outbox-email-dto';

export type OutboxStatus = OutboxEmailDto['status'];

/** In the order an email goes through them; `captured` and `failed` are where it stops. */
export const OUTBOX_STATUSES: readonly OutboxStatus[] = ['pending', 'sending', 'sent', 'captured', 'failed'];
export const PAGE_SIZES: readonly number[] = [25, 50, 100];

export interface OutboxQuery {
  status: OutboxStatus | null;
  /** 1-based, as the API counts. */
  page: number;
  pageSize: number;
}

export const DEFAULT_OUTBOX_QUERY: OutboxQuery = { status: null, page: 1, pageSize: PAGE_SIZES[0] ?? 25 };

export function isOutboxStatus(value: unknown): value is OutboxStatus {
  return typeof value === 'string' && (OUTBOX_STATUSES as readonly string[]).includes(value);
}

function parsePositiveInteger(value: string | null): number | null {
  return value !== null && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}

/** The query from the address's query parameters; anything unknown or malformed is left out. */
export function queryFromParams(params: ParamMap): OutboxQuery {
  const status = params.get('status');
  const pageSize = parsePositiveInteger(params.get('pageSize'));
  return {
    status: isOutboxStatus(status) ? status : null,
    page: parsePositiveInteger(params.get('page')) ?? DEFAULT_OUTBOX_QUERY.page,
    pageSize: pageSize !== null && PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_OUTBOX_QUERY.pageSize,
  };
}

/** The address's query parameters: only what differs from the defaults, so links stay short. */
export function queryToParams(query: OutboxQuery): Params {
  return {
    ...(query.status ? { status: query.status } : {}),
    ...(query.page === DEFAULT_OUTBOX_QUERY.page ? {} : { page: String(query.page) }),
    ...(query.pageSize === DEFAULT_OUTBOX_QUERY.pageSize ? {} : { pageSize: String(query.pageSize) }),
  };
}

export function queryToApiParams(query: OutboxQuery): OutboxList$Params {
  return {
    ...(query.status ? { status: query.status } : {}),
    page: query.page,
    pageSize: query.pageSize,
  };
}
