import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject, catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { Api } from '../../core/api/generated/api';
import { unitsTypeahead } from '../../core/api/generated/fn/units/units-typeahead';
import type { UnitTypeaheadItemDto } from '../../core/api/generated/models/unit-typeahead-item-dto';

// The typeahead endpoint needs two characters.
const MIN_QUERY_LENGTH = 2;
const RESULT_COUNT = 10;
export const UNIT_SEARCH_DEBOUNCE_MS = 250;

/** Typeahead search of contracting units by name or business ID. */
@Injectable()
export class RequestUnitSearch {
  private readonly api = inject(Api);
  private readonly queries = new Subject<string>();
  private readonly found = signal<readonly UnitTypeaheadItemDto[]>([]);
  private readonly searched = signal('');

  readonly results = this.found.asReadonly();
  /** The text the results are for; empty when nothing was searched. */
  readonly searchedFor = this.searched.asReadonly();

  constructor() {
    this.queries
      .pipe(
        map((query) => query.trim()),
        debounceTime(UNIT_SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        switchMap((q) =>
          q.length < MIN_QUERY_LENGTH
            ? of({ q: '', items: [] })
            : this.api.invoke(unitsTypeahead, { q, limit: RESULT_COUNT }).pipe(
                map((items) => ({ q, items })),
                catchError(() => of({ q, items: [] })),
              ),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(({ q, items }) => {
        this.found.set(items);
        this.searched.set(q);
      });
  }

  search(query: string): void {
    this.queries.next(query);
  }
}
