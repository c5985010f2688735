import { BreakpointObserver } from '@angular/cdk/layout';
import { CurrencyPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader, type Sort, type SortDirection } from '@angular/material/sort';
import {
  MatCell,
  MatCellDef,
  MatColumnDef,
  MatHeaderCell,
  MatHeaderCellDef,
  MatHeaderRow,
  MatHeaderRowDef,
  MatRow,
  MatRowDef,
  MatTable,
} from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import type { UnitDto } from '../../core/api/generated/models/unit-dto';
import { AuthStore } from '../../core/auth/auth.store';
import { LanguageService } from '../../core/i18n/language-service';
import { HelsinkiTimePipe } from '../../shared/ui/dates/helsinki-time-pipe';
import { PAGE_SIZES, type UnitListQuery, type UnitSort, isUnitSortField } from '../unit-list-query';
import { UnitReferenceData } from '../unit-reference-data';
import { UNIT_TYPES, isUnitType, unitName, unitTypeKey } from '../unit-types';
import { UnitsStore } from '../units.store';

export const SEARCH_DEBOUNCE_MS = 250;
const PHONE_QUERY = '(max-width: 599.98px)';
const WIDE_COLUMNS = [
  'name',
  'businessId',
  'type',
  'regionCode',
  'estimatedAnnualSpend',
  'status',
  'updatedAt',
];
const PHONE_COLUMNS = ['name', 'regionCode', 'status'];

type ChoiceFilter = 'all' | 'true' | 'false';

function toChoice(value: boolean | null): ChoiceFilter {
  return value === null ? 'all' : value ? 'true' : 'false';
}

function fromChoice(value: unknown): boolean | null {
  return value === 'true' ? true : value === 'false' ? false : null;
}

/** `/units`: contracting units with search, filters, sorting, paging and exports; the address keeps the query. */
@Component({
  selector: 'crm-unit-list',
  templateUrl: './unit-list.html',
  styleUrl: './unit-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // A fresh list on every visit, so that a unit changed or deleted meanwhile is shown as it is now.
  providers: [UnitsStore],
  imports: [
    CurrencyPipe,
    HelsinkiTimePipe,
    MatAnchor,
    MatButton,
    MatCell,
    MatCellDef,
    MatColumnDef,
    MatFormField,
    MatHeaderCell,
    MatHeaderCellDef,
    MatHeaderRow,
    MatHeaderRowDef,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatPaginator,
    MatProgressBar,
    MatRow,
    MatRowDef,
    MatSelect,
    MatSort,
    MatSortHeader,
    MatTable,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
})
export class UnitList {
  private readonly store = inject(UnitsStore);
  private readonly referenceData = inject(UnitReferenceData);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly language = inject(LanguageService).language;
  private readonly role = inject(AuthStore).role;
  private readonly queryParams = toSignal(this.route.queryParamMap);
  private readonly isPhone = toSignal(
    inject(BreakpointObserver)
      .observe(PHONE_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** The search text last put into the address by typing, to tell it from a change by link or history. */
  private sentSearch: string | null = null;

  protected readonly locale = inject(LanguageService).locale;
  protected readonly unitTypes = UNIT_TYPES;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly regionOptions = this.referenceData.regionOptions;
  protected readonly regionName = this.referenceData.regionName;
  protected readonly query = this.store.query;
  protected readonly items = this.store.items;
  protected readonly total = this.store.total;
  protected readonly isLoading = this.store.isLoading;
  protected readonly hasError = this.store.hasError;
  protected readonly csvUrl = this.store.csvUrl;
  protected readonly xlsxUrl = this.store.xlsxUrl;
  protected readonly canEdit = computed(() => {
    const role = this.role();
    return role === 'agent' || role === 'coordinator';
  });
  protected readonly columns = computed(() => (this.isPhone() ? PHONE_COLUMNS : WIDE_COLUMNS));
  protected readonly isPhoneLayout = this.isPhone;
  protected readonly activeChoice = computed(() => toChoice(this.query().isActive));
  protected readonly reachedChoice = computed(() => toChoice(this.query().reached));
  protected readonly sortActive = computed(() => {
    const { sort, q } = this.query();
    return sort ? sort.replace(/^-/, '') : q.trim() ? '' : 'name';
  });
  protected readonly sortDirection = computed<SortDirection>(() => {
    const { sort, q } = this.query();
    return sort ? (sort.startsWith('-') ? 'desc' : 'asc') : q.trim() ? '' : 'asc';
  });
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly typeKey = unitTypeKey;
  protected readonly nameOf = (unit: UnitDto): string => unitName(unit, this.language());

  // RxJS only waits for the typing to pause; the result is a signal like everything else here.
  private readonly typedSearch = toSignal(
    this.search.valueChanges.pipe(
      debounceTime(SEARCH_DEBOUNCE_MS),
      map((text) => text.trim()),
      distinctUntilChanged(),
    ),
    { initialValue: null },
  );

  constructor() {
    void this.referenceData.loadRegions();
    effect(() => {
      const params = this.queryParams();
      if (!params) {
        return;
      }
      untracked(() => {
        this.store.applyUrl(params);
        const q = this.store.query().q;
        if (q !== this.sentSearch && q !== this.search.value.trim()) {
          this.search.setValue(q, { emitEvent: false });
        }
        this.sentSearch = q;
      });
    });
    effect(() => {
      const q = this.typedSearch();
      if (q === null) {
        return;
      }
      untracked(() => {
        if (q !== this.store.query().q.trim()) {
          this.sentSearch = q;
          this.navigate({ q }, true);
        }
      });
    });
  }

  protected setRegion(value: unknown): void {
    this.navigate({ regionCode: typeof value === 'string' && value !== '' ? value : null });
  }

  protected setType(value: unknown): void {
    this.navigate({ type: isUnitType(value) ? value : null });
  }

  protected setActive(value: unknown): void {
    this.navigate({ isActive: fromChoice(value) });
  }

  protected setReached(value: unknown): void {
    const reached = fromChoice(value);
    this.navigate(reached === null ? { reached, from: null, to: null } : { reached });
  }

  protected setPeriod(bound: 'from' | 'to', value: string): void {
    this.navigate({ [bound]: /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null });
  }

  protected sort(sort: Sort): void {
    if (!sort.direction || !isUnitSortField(sort.active)) {
      this.navigate({ sort: null });
      return;
    }
    const value: UnitSort = sort.direction === 'desc' ? `-${sort.active}` : sort.active;
    this.navigate({ sort: value });
  }

  protected page(event: PageEvent): void {
    this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected retry(): void {
    this.store.load();
  }

  private navigate(changes: Partial<UnitListQuery>, replaceUrl = false): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: this.store.urlParams(changes),
      replaceUrl,
    });
  }
}
