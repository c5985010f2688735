import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { ParamMap, Params } from '@angular/router';
import { Subject, catchError, map, of, switchMap } from 'rxjs';
import { Api } from '../core/api/generated/api';
import { ApiConfiguration } from '../core/api/generated/api-configuration';
import { unitsList } from '../core/api/generated/fn/units/units-list';
import type { UnitDto } from '../core/api/generated/models/unit-dto';
import {
  DEFAULT_UNIT_QUERY,
  type UnitListQuery,
  exportUrl,
  queryFromParams,
  queryToApiParams,
  queryToParams,
} from './unit-list-query';

interface UnitsState {
  query: UnitListQuery;
  items: readonly UnitDto[];
  total: number;
  isLoading: boolean;
  hasError: boolean;
}

function sameQuery(first: UnitListQuery, second: UnitListQuery): boolean {
  return JSON.stringify(queryToParams(first)) === JSON.stringify(queryToParams(second));
}

/**
 * The units list. The address is the source of truth for the query: the page reads it with
 * {@link applyUrl} and changes it with the parameters from {@link urlParams}; the newest query wins.
 */
@Injectable()
export class UnitsStore {
  private readonly api = inject(Api);
  private readonly rootUrl = inject(ApiConfiguration).rootUrl;
  private readonly state = signal<UnitsState>({
    query: DEFAULT_UNIT_QUERY,
    items: [],
    total: 0,
    isLoading: false,
    hasError: false,
  });
  private readonly requests = new Subject<UnitListQuery>();
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
          this.api.invoke(unitsList, queryToApiParams(query)).pipe(
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

  /**
   * The address's query parameters after a change; a changed search, filter, sort or page size starts
   * from the first page.
   */
  urlParams(changes: Partial<UnitListQuery>): Params {
    return queryToParams({ ...this.state().query, page: DEFAULT_UNIT_QUERY.page, ...changes });
  }
}
