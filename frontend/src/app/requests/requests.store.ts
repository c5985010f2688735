import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { ParamMap, Params } from '@angular/router';
import { Subject, catchError, map, of, switchMap } from 'rxjs';
import { Api } from '../core/api/generated/api';
import { ApiConfiguration } from '../core/api/generated/api-configuration';
import { requestsList } from '../core/api/generated/fn/requests/requests-list';
import type { RequestListItemDto } from '../core/api/generated/models/request-list-item-dto';
import {
  DEFAULT_REQUEST_QUERY,
  type RequestListQuery,
  exportUrl,
  queryFromParams,
  queryToApiParams,
  queryToParams,
} from './request-list-query';

interface RequestsState {
  query: RequestListQuery;
  items: readonly RequestListItemDto[];
  total: number;
  isLoading: boolean;
  hasError: boolean;
}

function sameQuery(first: RequestListQuery, second: RequestListQuery): boolean {
  return JSON.stringify(queryToParams(first)) === JSON.stringify(queryToParams(second));
}

/**
 * The support requests list. The address is the source of truth for the query: the page reads it with
 * {@link applyUrl} and changes it with the parameters from {@link urlParams}; the newest query wins.
 */
@Injectable()
export class RequestsStore {
  private readonly api = inject(Api);
  private readonly rootUrl = inject(ApiConfiguration).rootUrl;
  private readonly state = signal<RequestsState>({
    query: DEFAULT_REQUEST_QUERY,
    items: [],
    total: 0,
    isLoading: false,
    hasError: false,
  });
  private readonly requests = new Subject<RequestListQuery>();
  private hasLoaded = false;

  readonly query = computed(() => this.state().query);
  readonly items = computed(() => this.state().items);
  readonly total = computed(() => this.state().total);
  readonly isLoading = computed(() => this.state().isLoading);
  readonly hasError = computed(() => this.state().hasError);
  readonly csvUrl = computed(() => exportUrl(this.query(), 'csv', this.rootUrl));
  readonly xlsxUrl = computed(() => exportUrl(this.query(), 'xlsx', this.rootUrl));

  constructor() {
    this.requests
      .pipe(
        switchMap((query) =>
          this.api.invoke(requestsList, queryToApiParams(query)).pipe(
            map((page) => ({ page })),
            catchError(() => of({ page: null })),
          ),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(({ page }) =>
        this.state.update((state) =>
          page
            ? { ...state, items: page.items, total: page.total, isLoading: false, hasError: false }
            : { ...state, isLoading: false, hasError: true },
        ),
      );
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

  /** Loads (again) the page for the current query. */
  load(): void {
    this.hasLoaded = true;
    this.state.update((state) => ({ ...state, isLoading: true, hasError: false }));
    this.requests.next(this.state().query);
  }

  /** The address's query parameters after a change; a changed filter, sort or page size starts from page 1. */
  urlParams(changes: Partial<RequestListQuery>): Params {
    return queryToParams({ ...this.state().query, page: DEFAULT_REQUEST_QUERY.page, ...changes });
  }
}
