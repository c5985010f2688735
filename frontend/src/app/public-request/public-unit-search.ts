import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject, catchError, debounceTime, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';
import { Api } from '../core/api/generated/api';
import { publicRequestsSearchUnits } from '../core/api/generated/fn/public-requests/public-requests-search-units';
import type { PublicUnitDto } from '../core/api/generated/models/public-unit-dto';

/** The server searches from two characters on. */
export const UNIT_SEARCH_MIN_LENGTH = 2;
const DEBOUNCE_MS = 250;

/** The unit's name in the interface language: Swedish when it has one and the interface is Swedish. */
export function publicUnitName(unit: PublicUnitDto, language: string): string {
  return (language === 'sv' && unit.nameSv) || unit.nameFi;
}

/** Typeahead search of active contracting units by name or business ID (public, no account needed). */
@Injectable()
export class PublicUnitSearch {
  private readonly api = inject(Api);
  private readonly queries = new Subject<string>();
  private readonly found = signal<readonly PublicUnitDto[]>([]);
  private readonly searched = signal('');
  private readonly searching = signal(false);

  readonly results = this.found.asReadonly();
  /** The text the results are for; empty when nothing was searched. */
  readonly searchedFor = this.searched.asReadonly();
  readonly isSearching = this.searching.asReadonly();

  constructor() {
    this.queries
      .pipe(
        map((query) => query.trim()),
        debounceTime(DEBOUNCE_MS),
        distinctUntilChanged(),
        tap((q) => this.searching.set(q.length >= UNIT_SEARCH_MIN_LENGTH)),
        switchMap((q) =>
          q.length < UNIT_SEARCH_MIN_LENGTH
            ? of({ q: '', items: [] })
            : this.api.invoke(publicRequestsSearchUnits, { q }).pipe(
                map((items) => ({ q, items })),
                catchError(() => of({ q, items: [] })),
              ),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(({ q, items }) => {
        this.found.set(items);
        this.searched.set(q);
        this.searching.set(false);
      });
  }

  search(query: string): void {
    this.queries.next(query);
  }
}
