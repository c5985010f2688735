import { Injectable, computed, inject, signal } from '@angular/core';
import type { ParamMap, Params } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { Api } from '../core/api/generated/api';
import {
  type FollowUpsList$Params,
  followUpsList,
} from '../core/api/generated/fn/follow-ups/follow-ups-list';
import type { FollowUpDto } from '../core/api/generated/models/follow-up-dto';
import type { FollowUpPage } from '../core/api/generated/models/follow-up-page';
import { FOLLOW_UP_BUCKETS, type FollowUpBucket, MAX_PAGE_SIZE } from './follow-up-options';

/** Open follow-ups, grouped by when they are due; or the recently done and cancelled ones. */
export type FollowUpView = 'open' | 'closed';
/** Whose follow-ups: the caller's, everybody's (coordinators), or one agent's (their user id). */
export type AssigneeFilter = 'mine' | 'all' | (string & {});

export interface FollowUpListQuery {
  view: FollowUpView;
  assignee: AssigneeFilter;
}

export const DEFAULT_FOLLOW_UP_QUERY: FollowUpListQuery = { view: 'open', assignee: 'mine' };

/** The newest done and cancelled follow-ups shown. */
export const CLOSED_SHOWN = 50;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface FollowUpGroup {
  bucket: FollowUpBucket;
  items: readonly FollowUpDto[];
  /** All of the group's, also those beyond the page shown. */
  total: number;
}

export interface FollowUpSlice {
  items: readonly FollowUpDto[];
  total: number;
}

interface FollowUpsState {
  query: FollowUpListQuery;
  groups: readonly FollowUpGroup[];
  closed: FollowUpSlice;
  isLoading: boolean;
  hasError: boolean;
}

const EMPTY_GROUPS: readonly FollowUpGroup[] = FOLLOW_UP_BUCKETS.map((bucket) => ({
  bucket,
  items: [],
  total: 0,
}));

/**
 * The query in the address (`?view=closed&assignee=all`); unknown values fall back to the defaults, and
 * only coordinators look beyond their own follow-ups.
 */
export function queryFromParams(params: ParamMap, canChooseAssignee: boolean): FollowUpListQuery {
  const view = params.get('view') === 'closed' ? 'closed' : 'open';
  const assignee = params.get('assignee') ?? 'mine';
  const isKnown = assignee === 'all' || assignee === 'mine' || UUID.test(assignee);
  return { view, assignee: canChooseAssignee && isKnown ? assignee : 'mine' };
}

/** The address's query parameters for a query; the defaults are left out. */
export function queryToParams(query: FollowUpListQuery): Params {
  return {
    view: query.view === DEFAULT_FOLLOW_UP_QUERY.view ? null : query.view,
    assignee: query.assignee === DEFAULT_FOLLOW_UP_QUERY.assignee ? null : query.assignee,
  };
}

function assigneeParams(assignee: AssigneeFilter): FollowUpsList$Params {
  switch (assignee) {
    case 'mine':
      return { mine: true };
    case 'all':
      return {};
    default:
      return { assigneeUserId: assignee };
  }
}

/**
 * The "my follow-ups" page: each due-date group loaded on its own, so that its count is right however many
 * there are; the newest answer wins. The groups are the server's, seen in Helsinki time.
 */
@Injectable()
export class FollowUpsStore {
  private readonly api = inject(Api);
  private readonly state = signal<FollowUpsState>({
    query: DEFAULT_FOLLOW_UP_QUERY,
    groups: EMPTY_GROUPS,
    closed: { items: [], total: 0 },
    isLoading: false,
    hasError: false,
  });
  private loadCount = 0;

  readonly query = computed(() => this.state().query);
  readonly groups = computed(() => this.state().groups);
  readonly closed = computed(() => this.state().closed);
  readonly isLoading = computed(() => this.state().isLoading);
  readonly hasError = computed(() => this.state().hasError);
  /** No open follow-up in any group. */
  readonly hasNoOpen = computed(() => this.state().groups.every((group) => group.total === 0));

  /** Loads the query; what was shown stays until the answer comes, unless the query changed. */
  async load(query: FollowUpListQuery): Promise<void> {
    const current = ++this.loadCount;
    const isSameQuery = JSON.stringify(query) === JSON.stringify(this.state().query);
    this.state.update((state) => ({
      query,
      groups: isSameQuery ? state.groups : EMPTY_GROUPS,
      closed: isSameQuery ? state.closed : { items: [], total: 0 },
      isLoading: true,
      hasError: false,
    }));
    try {
      const assignee = assigneeParams(query.assignee);
      if (query.view === 'open') {
        const pages = await Promise.all(
          FOLLOW_UP_BUCKETS.map((bucket) => this.list({ ...assignee, bucket, pageSize: MAX_PAGE_SIZE })),
        );
        if (current === this.loadCount) {
          this.state.update((state) => ({
            ...state,
            groups: FOLLOW_UP_BUCKETS.map((bucket, index) => ({
              bucket,
              items: pages[index].items,
              total: pages[index].total,
            })),
            isLoading: false,
          }));
        }
      } else {
        const page = await this.list({
          ...assignee,
          status: 'done,cancelled',
          sort: '-completedAt',
          pageSize: CLOSED_SHOWN,
        });
        if (current === this.loadCount) {
          this.state.update((state) => ({
            ...state,
            closed: { items: page.items, total: page.total },
            isLoading: false,
          }));
        }
      }
    } catch {
      if (current === this.loadCount) {
        this.state.update((state) => ({ ...state, isLoading: false, hasError: true }));
      }
    }
  }

  /** Loads the current query again (after a change). */
  reload(): Promise<void> {
    return this.load(this.state().query);
  }

  private list(params: FollowUpsList$Params): Promise<FollowUpPage> {
    return firstValueFrom(this.api.invoke(followUpsList, params));
  }
}
