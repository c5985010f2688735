import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject, catchError, map, of, switchMap } from 'rxjs';
import { Api } from '../../core/api/generated/api';
import { type UsersList$Params, usersList } from '../../core/api/generated/fn/users/users-list';
import type { UserDto } from '../../core/api/generated/models/user-dto';
import type { Role } from '../../core/auth/role';

export type UserSort = NonNullable<UsersList$Params['sort']>;

export interface UserListQuery {
  q: string;
  role: Role | null;
  isActive: boolean | null;
  /** 1-based, as the API counts. */
  page: number;
  pageSize: number;
  sort: UserSort;
}

interface UsersState {
  query: UserListQuery;
  items: readonly UserDto[];
  total: number;
  isLoading: boolean;
  hasError: boolean;
}

export const DEFAULT_USER_QUERY: UserListQuery = {
  q: '',
  role: null,
  isActive: null,
  page: 1,
  pageSize: 25,
  sort: 'displayName',
};

function toParams(query: UserListQuery): UsersList$Params {
  const q = query.q.trim();
  return {
    ...(q ? { q } : {}),
    ...(query.role ? { role: query.role } : {}),
    ...(query.isActive === null ? {} : { isActive: query.isActive }),
    page: query.page,
    pageSize: query.pageSize,
    sort: query.sort,
  };
}

/** The users list: search, filters, sorting and paging; the newest query wins. */
@Injectable()
export class UsersStore {
  private readonly api = inject(Api);
  private readonly state = signal<UsersState>({
    query: DEFAULT_USER_QUERY,
    items: [],
    total: 0,
    isLoading: false,
    hasError: false,
  });
  private readonly requests = new Subject<UserListQuery>();

  readonly query = computed(() => this.state().query);
  readonly items = computed(() => this.state().items);
  readonly total = computed(() => this.state().total);
  readonly isLoading = computed(() => this.state().isLoading);
  readonly hasError = computed(() => this.state().hasError);

  constructor() {
    this.requests
      .pipe(
        switchMap((query) =>
          this.api.invoke(usersList, toParams(query)).pipe(
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

  /** Loads the page for the current query. */
  load(): void {
    this.state.update((state) => ({ ...state, isLoading: true, hasError: false }));
    this.requests.next(this.state().query);
  }

  /** Changes the query and loads; a changed search, filter or sort starts again from the first page. */
  setQuery(changes: Partial<UserListQuery>): void {
    this.state.update((state) => ({
      ...state,
      query: { ...state.query, page: 1, ...changes },
    }));
    this.load();
  }
}
