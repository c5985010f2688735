import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject, catchError, map, of, switchMap } from 'rxjs';
import { Api } from '../../core/api/generated/api';
import { type AgentsList$Params, agentsList } from '../../core/api/generated/fn/agents/agents-list';
import type { AgentDto } from '../../core/api/generated/models/agent-dto';

export interface AgentListQuery {
  q: string;
  regionCode: string | null;
  /** 1-based, as the API counts. */
  page: number;
  pageSize: number;
}

interface AgentsState {
  query: AgentListQuery;
  items: readonly AgentDto[];
  total: number;
  isLoading: boolean;
  hasError: boolean;
}

function toParams(query: AgentListQuery): AgentsList$Params {
  const q = query.q.trim();
  return {
    ...(q ? { q } : {}),
    ...(query.regionCode ? { regionCode: query.regionCode } : {}),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The agents list, filtered by name and by region; the newest query wins. */
@Injectable()
export class AgentsStore {
  private readonly api = inject(Api);
  private readonly state = signal<AgentsState>({
    query: { q: '', regionCode: null, page: 1, pageSize: 25 },
    items: [],
    total: 0,
    isLoading: false,
    hasError: false,
  });
  private readonly requests = new Subject<AgentListQuery>();

  readonly query = computed(() => this.state().query);
  readonly items = computed(() => this.state().items);
  readonly total = computed(() => this.state().total);
  readonly isLoading = computed(() => this.state().isLoading);
  readonly hasError = computed(() => this.state().hasError);

  constructor() {
    this.requests
      .pipe(
        switchMap((query) =>
          this.api.invoke(agentsList, toParams(query)).pipe(
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

  load(): void {
    this.state.update((state) => ({ ...state, isLoading: true, hasError: false }));
    this.requests.next(this.state().query);
  }

  /** Changes the query and loads; a changed filter starts again from the first page. */
  setQuery(changes: Partial<AgentListQuery>): void {
    this.state.update((state) => ({ ...state, query: { ...state.query, page: 1, ...changes } }));
    this.load();
  }
}
