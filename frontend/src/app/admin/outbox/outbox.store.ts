import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { ParamMap, Params } from '@angular/router';
import { Subject, catchError, map, of, switchMap } from 'rxjs';
import { Api } from '../../core/api/generated/api';
import { outboxList } from '../../core/api/generated/fn/mail/outbox-list';
import type { OutboxEmailDto } from '../../core/api/generated/models/outbox-email-dto';
import {
  DEFAULT_OUTBOX_QUERY,
  type OutboxQuery,
  queryFromParams,
  queryToApiParams,
  queryToParams,
} from './outbox-query';

interface OutboxState {
  query: OutboxQuery;
  items: readonly OutboxEmailDto[];
  total: number;
  isLoading: boolean;
  hasError: boolean;
}

function sameQuery(first: OutboxQuery, second: OutboxQuery): boolean {
  return JSON.stringify(queryToParams(first)) === JSON.stringify(queryToParams(second));
}

/**
 * The outgoing emails, newest first. The address is the source of truth for the query: the list reads
 * it with {@link applyUrl} and changes it with the parameters from {@link urlParams}; the newest query wins.
 * The query outlives the list, so that an email's page can link back to the same filter and page.
 */
@Injectable()
export class OutboxStore {
  private readonly api = inject(Api);
  private readonly state = signal<OutboxState>({
    query: DEFAULT_OUTBOX_QUERY,
    items: [],
    total: 0,
    isLoading: false,
    hasError: false,
  });
  private readonly requests = new Subject<OutboxQuery>();
  private isFresh = false;

  readonly query = computed(() => this.state().query);
  readonly items = computed(() => this.state().items);
  readonly total = computed(() => this.state().total);
  readonly isLoading = computed(() => this.state().isLoading);
  readonly hasError = computed(() => this.state().hasError);
  /** Captured email is stored instead of sent: the server has no SMTP server configured. */
  readonly hasCaptured = computed(() => this.items().some((email) => email.status === 'captured'));
  /** The list's address parameters, for links back to it. */
  readonly listParams = computed(() => queryToParams(this.query()));

  constructor() {
    this.requests
      .pipe(
        switchMap((query) =>
          this.api.invoke(outboxList, queryToApiParams(query)).pipe(
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

  /** Delivery states change all the time: the next {@link applyUrl} loads even an unchanged query. */
  markStale(): void {
    this.isFresh = false;
  }

  /** Takes the query from the address and loads it, unless that query is already shown and fresh. */
  applyUrl(params: ParamMap): void {
    const query = queryFromParams(params);
    if (this.isFresh && sameQuery(query, this.state().query) && !this.state().hasError) {
      return;
    }
    this.state.update((state) => ({ ...state, query }));
    this.load();
  }

  /** Loads (again) the page for the current query. */
  load(): void {
    this.isFresh = true;
    this.state.update((state) => ({ ...state, isLoading: true, hasError: false }));
    this.requests.next(this.state().query);
  }

  /** The address's query parameters after a change; a changed filter or page size starts from page 1. */
  urlParams(changes: Partial<OutboxQuery>): Params {
    return queryToParams({ ...this.state().query, page: DEFAULT_OUTBOX_QUERY.page, ...changes });
  }
}
