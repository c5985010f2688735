import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject, catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { Api } from '../../core/api/generated/api';
import {
  type AuditEventsList$Params,
  auditEventsList,
} from '../../core/api/generated/fn/audit/audit-events-list';
import { usersList } from '../../core/api/generated/fn/users/users-list';
import type { AuditEventDto } from '../../core/api/generated/models/audit-event-dto';
import type { UserDto } from '../../core/api/generated/models/user-dto';
import { startOfHelsinkiDay } from '../../core/i18n/date-format';

export interface AuditQuery {
  entityType: string | null;
  actorId: string | null;
  /** Helsinki calendar days, inclusive ("YYYY-MM-DD"), or empty. */
  from: string;
  to: string;
  /** 1-based, as the API counts. */
  page: number;
  pageSize: number;
}

interface AuditState {
  query: AuditQuery;
  items: readonly AuditEventDto[];
  total: number;
  isLoading: boolean;
  hasError: boolean;
}

function toParams(query: AuditQuery): AuditEventsList$Params {
  return {
    ...(query.entityType ? { entityType: query.entityType } : {}),
    ...(query.actorId ? { actorId: query.actorId } : {}),
    ...(query.from ? { from: startOfHelsinkiDay(query.from) } : {}),
    // The API's `to` is exclusive: the day after the chosen one begins.
    ...(query.to ? { to: startOfHelsinkiDay(query.to, 1) } : {}),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The audit trail, newest first, filtered by record type, actor and period; and a search for actors. */
@Injectable()
export class AuditStore {
  private readonly api = inject(Api);
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<AuditState>({
    query: { entityType: null, actorId: null, from: '', to: '', page: 1, pageSize: 25 },
    items: [],
    total: 0,
    isLoading: false,
    hasError: false,
  });
  private readonly requests = new Subject<AuditQuery>();
  private readonly actorQueries = new Subject<string>();
  private readonly actors = signal<readonly UserDto[]>([]);

  readonly query = computed(() => this.state().query);
  readonly items = computed(() => this.state().items);
  readonly total = computed(() => this.state().total);
  readonly isLoading = computed(() => this.state().isLoading);
  readonly hasError = computed(() => this.state().hasError);
  readonly actorOptions = this.actors.asReadonly();

  constructor() {
    this.requests
      .pipe(
        switchMap((query) =>
          this.api.invoke(auditEventsList, toParams(query)).pipe(
            map((page) => ({ page })),
            catchError(() => of({ page: null })),
          ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(({ page }) =>
        this.state.update((state) =>
          page
            ? { ...state, items: page.items, total: page.total, isLoading: false, hasError: false }
            : { ...state, isLoading: false, hasError: true },
        ),
      );
    this.actorQueries
      .pipe(
        map((q) => q.trim()),
        debounceTime(250),
        distinctUntilChanged(),
        switchMap((q) =>
          q.length < 2
            ? of([])
            : this.api.invoke(usersList, { q, pageSize: 10 }).pipe(
                map((page) => page.items),
                catchError(() => of([])),
              ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((users) => this.actors.set(users));
  }

  load(): void {
    this.state.update((state) => ({ ...state, isLoading: true, hasError: false }));
    this.requests.next(this.state().query);
  }

  /** Changes the query and loads; a changed filter starts again from the first page. */
  setQuery(changes: Partial<AuditQuery>): void {
    this.state.update((state) => ({ ...state, query: { ...state.query, page: 1, ...changes } }));
    this.load();
  }

  searchActors(text: string): void {
    this.actorQueries.next(text);
  }
}
