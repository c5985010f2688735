import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { ParamMap, Params } from '@angular/router';
import { Subject, catchError, firstValueFrom, map, of, switchMap } from 'rxjs';
import { type ApiProblem, toApiProblem } from '../core/api/api-problem';
import { Api } from '../core/api/generated/api';
import { activitiesDelete } from '../core/api/generated/fn/activities/activities-delete';
import { activitiesList } from '../core/api/generated/fn/activities/activities-list';
import { activitiesSummary } from '../core/api/generated/fn/activities/activities-summary';
import type { ActivityDto } from '../core/api/generated/models/activity-dto';
import type { ActivitySummaryDto } from '../core/api/generated/models/activity-summary-dto';
import {
  type ActivityListQuery,
  type ActivityOwner,
  DEFAULT_ACTIVITY_QUERY,
  ownerToApiParams,
  queryFromParams,
  queryToApiParams,
  queryToParams,
  queryToSummaryParams,
} from './activity-list-query';
import { startOfMonth } from './activity-options';
import { TODAY } from './today';

interface ActivitiesState {
  query: ActivityListQuery;
  items: readonly ActivityDto[];
  total: number;
  isLoading: boolean;
  hasError: boolean;
  /** Totals of the filtered set; null until loaded or when loading failed. */
  summary: ActivitySummaryDto | null;
  /** Totals of this month's work of the same person (or everybody). */
  month: ActivitySummaryDto | null;
}

function sameQuery(first: ActivityListQuery, second: ActivityListQuery): boolean {
  return JSON.stringify(queryToParams(first)) === JSON.stringify(queryToParams(second));
}

/**
 * The advice log: a page of activities, the totals of the filtered set and this month's hours. The address
 * is the source of truth for the query: the page reads it with {@link applyUrl} and changes it with the
 * parameters from {@link urlParams}; the newest query wins.
 */
@Injectable()
export class ActivitiesStore {
  private readonly api = inject(Api);
  private readonly today = inject(TODAY);
  private readonly state = signal<ActivitiesState>({
    query: DEFAULT_ACTIVITY_QUERY,
    items: [],
    total: 0,
    isLoading: false,
    hasError: false,
    summary: null,
    month: null,
  });
  private readonly lists = new Subject<ActivityListQuery>();
  private readonly summaries = new Subject<ActivityListQuery>();
  private readonly months = new Subject<ActivityOwner>();
  private hasLoaded = false;
  // What the totals shown were asked for; a new page of the same filters needs no new totals.
  private summaryKey: string | null = null;
  private monthKey: string | null = null;

  readonly query = computed(() => this.state().query);
  readonly items = computed(() => this.state().items);
  readonly total = computed(() => this.state().total);
  readonly isLoading = computed(() => this.state().isLoading);
  readonly hasError = computed(() => this.state().hasError);
  readonly summary = computed(() => this.state().summary);
  readonly month = computed(() => this.state().month);

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.lists
      .pipe(
        switchMap((query) =>
          this.api.invoke(activitiesList, queryToApiParams(query)).pipe(
            map((page) => ({ page })),
            catchError(() => of({ page: null })),
          ),
        ),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe(({ page }) =>
        this.state.update((state) =>
          page
            ? { ...state, items: page.items, total: page.total, isLoading: false, hasError: false }
            : { ...state, isLoading: false, hasError: true },
        ),
      );
    this.summaries
      .pipe(
        switchMap((query) =>
          this.api.invoke(activitiesSummary, queryToSummaryParams(query)).pipe(catchError(() => of(null))),
        ),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((summary) => {
        if (!summary) {
          this.summaryKey = null;
        }
        this.state.update((state) => ({ ...state, summary }));
      });
    this.months
      .pipe(
        switchMap((owner) => {
          const today = this.today();
          return this.api
            .invoke(activitiesSummary, { ...ownerToApiParams(owner), from: startOfMonth(today), to: today })
            .pipe(catchError(() => of(null)));
        }),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((month) => {
        if (!month) {
          this.monthKey = null;
        }
        this.state.update((state) => ({ ...state, month }));
      });
  }

  /** Takes the query from the address and loads it, unless that query is already shown. */
  applyUrl(params: ParamMap): void {
    const query = queryFromParams(params);
    if (this.hasLoaded && sameQuery(query, this.state().query) && !this.state().hasError) {
      return;
    }
    this.state.update((state) => ({ ...state, query }));
    this.load();
  }

  /** Loads (again) the page for the current query, and the totals when its filters changed. */
  load(): void {
    this.hasLoaded = true;
    const query = this.state().query;
    this.state.update((state) => ({ ...state, isLoading: true, hasError: false }));
    this.lists.next(query);
    const summaryKey = JSON.stringify(queryToSummaryParams(query));
    if (summaryKey !== this.summaryKey) {
      this.summaryKey = summaryKey;
      this.summaries.next(query);
    }
    const monthKey = JSON.stringify(ownerToApiParams(query.owner));
    if (monthKey !== this.monthKey) {
      this.monthKey = monthKey;
      this.months.next(query.owner);
    }
  }

  /** Loads the page and every total again, after activities changed. */
  refresh(): void {
    this.summaryKey = null;
    this.monthKey = null;
    this.load();
  }

  /** Deletes an activity and shows the log as it is now; resolves with the problem when it failed. */
  async remove(activity: ActivityDto): Promise<ApiProblem | null> {
    try {
      await firstValueFrom(this.api.invoke(activitiesDelete, { id: activity.id }));
    } catch (error) {
      return toApiProblem(error);
    }
    this.refresh();
    return null;
  }

  /** The address's query parameters after a change; a changed filter or page size starts from page 1. */
  urlParams(changes: Partial<ActivityListQuery>): Params {
    return queryToParams({ ...this.state().query, page: DEFAULT_ACTIVITY_QUERY.page, ...changes });
  }
}
