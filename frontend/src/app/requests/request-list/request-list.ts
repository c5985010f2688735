import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
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
import type { RequestListItemDto } from '../../core/api/generated/models/request-list-item-dto';
import { AuthStore } from '../../core/auth/auth.store';
import { LanguageService } from '../../core/i18n/language-service';
import { HelsinkiTimePipe } from '../../shared/ui/dates/helsinki-time-pipe';
import {
  DEFAULT_REQUEST_QUERY,
  PAGE_SIZES,
  REQUEST_SORT_FIELDS,
  type RequestListQuery,
  type RequestPreset,
  type RequestSort,
  activePreset,
  isRequestSort,
  presetParams,
} from '../request-list-query';
import { REQUEST_STATUSES, SLA_FILTER_STATES, isRequestStatus, isSlaFilterState } from '../request-options';
import { Icon } from '../../shared/ui/icon/icon';
import { RequestReferenceData } from '../request-reference-data';
import { RequestStatusBadge } from '../request-status-badge/request-status-badge';
import { RequestsStore } from '../requests.store';
import { SlaBadges } from '../sla-badges/sla-badges';
import { RequestUnitPicker, type UnitChoice } from '../unit-picker/request-unit-picker';

export const SEARCH_DEBOUNCE_MS = 250;
const PHONE_QUERY = '(max-width: 599.98px)';
const WIDE_COLUMNS = ['number', 'title', 'unit', 'status', 'urgency', 'agent', 'submittedAt', 'sla'];
const PHONE_COLUMNS = ['title', 'status'];
const HEADER_SORT_FIELDS: readonly string[] = ['number', 'status', 'urgency', 'submittedAt'];
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface PresetLink {
  preset: RequestPreset;
  params: Record<string, string>;
}

interface SortOption {
  value: RequestSort;
  key: string;
}

const SORT_OPTIONS: readonly SortOption[] = REQUEST_SORT_FIELDS.flatMap((field): SortOption[] => [
  { value: field, key: `requests.list.sorts.${field}.asc` },
  { value: `-${field}`, key: `requests.list.sorts.${field}.desc` },
]);

/** `/requests`: support requests with quick views, filters, sorting and paging; the address keeps the query. */
@Component({
  selector: 'crm-request-list',
  templateUrl: './request-list.html',
  styleUrl: './request-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // A fresh list on every visit, so that requests changed meanwhile are shown as they are now.
  providers: [RequestsStore],
  imports: [
    HelsinkiTimePipe,
    MatAnchor,
    MatButton,
    MatCell,
    MatCellDef,
    MatCheckbox,
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
    Icon,
    RequestStatusBadge,
    RequestUnitPicker,
    RouterLink,
    SlaBadges,
    TranslocoPipe,
  ],
})
export class RequestList {
  private readonly store = inject(RequestsStore);
  private readonly referenceData = inject(RequestReferenceData);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
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
  protected readonly statuses = REQUEST_STATUSES;
  protected readonly slaStates = SLA_FILTER_STATES;
  protected readonly sortOptions = SORT_OPTIONS;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly regionOptions = this.referenceData.regionOptions;
  protected readonly themeOptions = this.referenceData.themeOptions;
  protected readonly agentOptions = this.referenceData.agentOptions;
  protected readonly query = this.store.query;
  protected readonly items = this.store.items;
  protected readonly total = this.store.total;
  protected readonly isLoading = this.store.isLoading;
  protected readonly hasError = this.store.hasError;
  protected readonly csvUrl = this.store.csvUrl;
  protected readonly xlsxUrl = this.store.xlsxUrl;
  protected readonly isCoordinator = computed(() => this.role() === 'coordinator');
  protected readonly isStaff = computed(() => {
    const role = this.role();
    return role === 'agent' || role === 'coordinator';
  });
  protected readonly canCreate = computed(() => {
    const role = this.role();
    return role === 'agent' || role === 'coordinator' || role === 'unit';
  });
  protected readonly presets = computed<readonly PresetLink[]>(() => {
    const pageSize = this.query().pageSize;
    const shown: RequestPreset[] = this.isCoordinator()
      ? ['open', 'queue', 'atRisk', 'breached', 'all']
      : this.isStaff()
        ? ['open', 'atRisk', 'breached', 'all']
        : ['open', 'all'];
    return shown.map((preset) => ({ preset, params: presetParams(preset, pageSize) }));
  });
  protected readonly currentPreset = computed(() => activePreset(this.query()));
  protected readonly hasFilters = computed(() => this.currentPreset() !== 'all');
  /** The rarer filters start folded away unless one of them is in use. */
  protected readonly hasMoreFilters = computed(() => {
    const query = this.query();
    return (
      query.regionCode !== null ||
      query.agentUserId !== null ||
      query.themeCode !== null ||
      query.unitId !== null ||
      query.createdFrom !== null ||
      query.createdTo !== null ||
      query.sort !== null
    );
  });
  /** Whether the user has unfolded the rarer filters (they also show while one of them is in use). */
  protected readonly isMoreOpen = signal(false);
  protected readonly columns = computed(() => (this.isPhone() ? PHONE_COLUMNS : WIDE_COLUMNS));
  protected readonly isPhoneLayout = this.isPhone;
  protected readonly sortActive = computed(() => {
    const field = this.query().sort?.replace(/^-/, '') ?? '';
    return HEADER_SORT_FIELDS.includes(field) ? field : '';
  });
  protected readonly sortDirection = computed<SortDirection>(() => {
    const sort = this.query().sort;
    return this.sortActive() && sort ? (sort.startsWith('-') ? 'desc' : 'asc') : '';
  });
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly unit = new FormControl<UnitChoice>(null);
  protected readonly agentNameOf = (request: RequestListItemDto): string | null =>
    request.assignedAgent?.displayName ?? null;

  // RxJS only waits for the typing to pause; the result is a signal like everything else here.
  private readonly typedSearch = toSignal(
    this.search.valueChanges.pipe(
      debounceTime(SEARCH_DEBOUNCE_MS),
      map((text) => text.trim()),
      distinctUntilChanged(),
    ),
    { initialValue: null },
  );
  // Wrapped, so that "nothing typed or chosen yet" differs from a field emptied by the user.
  private readonly unitInput = toSignal(this.unit.valueChanges.pipe(map((choice) => ({ choice }))), {
    initialValue: null,
  });

  constructor() {
    void this.referenceData.loadRegions();
    void this.referenceData.loadThemes();
    effect(() => {
      if (this.isCoordinator()) {
        untracked(() => void this.referenceData.loadAgents());
      }
    });
    effect(() => {
      const params = this.queryParams();
      if (!params) {
        return;
      }
      untracked(() => {
        this.store.applyUrl(params);
        const { q, unitId } = this.store.query();
        if (q !== this.sentSearch && q !== this.search.value.trim()) {
          this.search.setValue(q, { emitEvent: false });
        }
        this.sentSearch = q;
        void this.showUnit(unitId);
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
    effect(() => {
      const input = this.unitInput();
      if (input === null) {
        return;
      }
      untracked(() => {
        const { choice } = input;
        const current = this.store.query().unitId;
        if (choice && typeof choice === 'object') {
          if (choice.id !== current) {
            this.navigate({ unitId: choice.id });
          }
        } else if (current !== null) {
          // Editing the chosen unit's name lets go of the unit filter.
          this.navigate({ unitId: null });
        }
      });
    });
  }

  protected isCurrent(preset: RequestPreset): boolean {
    return this.currentPreset() === preset;
  }

  protected toggleMore(event: Event): void {
    if (event.target instanceof HTMLDetailsElement) {
      this.isMoreOpen.set(event.target.open);
    }
  }

  protected setStatuses(value: unknown): void {
    const statuses = Array.isArray(value) ? value.filter(isRequestStatus) : [];
    this.navigate({ statuses: REQUEST_STATUSES.filter((status) => statuses.includes(status)) });
  }

  protected setSlaState(value: unknown): void {
    this.navigate({ slaState: isSlaFilterState(value) ? value : null });
  }

  protected setOpenOnly(isOpenOnly: boolean): void {
    this.navigate({ isOpenOnly });
  }

  protected setQueueOnly(isQueueOnly: boolean): void {
    this.navigate({ isQueueOnly });
  }

  protected setRegion(value: unknown): void {
    this.navigate({ regionCode: typeof value === 'string' && value !== '' ? value : null });
  }

  protected setAgent(value: unknown): void {
    this.navigate({ agentUserId: typeof value === 'string' && value !== '' ? value : null });
  }

  protected setTheme(value: unknown): void {
    this.navigate({ themeCode: typeof value === 'string' && value !== '' ? value : null });
  }

  protected setDate(bound: 'createdFrom' | 'createdTo', value: string): void {
    this.navigate({ [bound]: CALENDAR_DATE.test(value) ? value : null });
  }

  protected setSort(value: unknown): void {
    this.navigate({ sort: typeof value === 'string' && isRequestSort(value) ? value : null });
  }

  protected sort(sort: Sort): void {
    if (!sort.direction) {
      this.navigate({ sort: null });
      return;
    }
    const value = sort.direction === 'desc' ? `-${sort.active}` : sort.active;
    this.navigate({ sort: isRequestSort(value) ? value : null });
  }

  protected page(event: PageEvent): void {
    this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    this.unit.setValue(null, { emitEvent: false });
    this.sentSearch = '';
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: this.store.urlParams({ ...DEFAULT_REQUEST_QUERY, pageSize: this.query().pageSize }),
    });
  }

  protected retry(): void {
    this.store.load();
  }

  /** Names the unit of the unit filter in its field, or empties the field when there is none. */
  private async showUnit(unitId: string | null): Promise<void> {
    const shown = this.unit.value;
    if (unitId === null) {
      if (shown && typeof shown === 'object') {
        this.unit.setValue(null, { emitEvent: false });
      }
      return;
    }
    if (shown && typeof shown === 'object' && shown.id === unitId) {
      return;
    }
    const unit = await this.referenceData.unit(unitId);
    if (unit && this.store.query().unitId === unitId) {
      this.unit.setValue(unit, { emitEvent: false });
    }
  }

  private navigate(changes: Partial<RequestListQuery>, replaceUrl = false): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: this.store.urlParams(changes),
      replaceUrl,
    });
  }
}
