import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader, type Sort } from '@angular/material/sort';
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
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { ROLES, type Role, isRole } from '../../../core/auth/role';
import { LanguageService } from '../../../core/i18n/language-service';
import { HelsinkiTimePipe } from '../../../shared/ui/dates/helsinki-time-pipe';
import { type UserSort, UsersStore } from '../users.store';

const SEARCH_DEBOUNCE_MS = 300;
const SORTABLE = ['displayName', 'email', 'createdAt'] as const;
type ActiveFilter = 'all' | 'active' | 'inactive';

function isSortable(value: string): value is (typeof SORTABLE)[number] {
  return (SORTABLE as readonly string[]).includes(value);
}

/** `/admin/users`: every user account, searchable and filterable by role and status. */
@Component({
  selector: 'crm-user-list',
  templateUrl: './user-list.html',
  styleUrl: './user-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    HelsinkiTimePipe,
    MatAnchor,
    MatCell,
    MatCellDef,
    MatColumnDef,
    MatFormField,
    MatHeaderCell,
    MatHeaderCellDef,
    MatHeaderRow,
    MatHeaderRowDef,
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
export class UserList {
  private readonly store = inject(UsersStore);

  protected readonly locale = inject(LanguageService).locale;
  protected readonly columns = ['displayName', 'email', 'role', 'status', 'createdAt'];
  protected readonly roles = ROLES;
  protected readonly pageSizes = [10, 25, 50, 100];
  protected readonly query = this.store.query;
  protected readonly items = this.store.items;
  protected readonly total = this.store.total;
  protected readonly isLoading = this.store.isLoading;
  protected readonly hasError = this.store.hasError;
  protected readonly search = new FormControl(this.store.query().q, { nonNullable: true });
  protected readonly activeFilter = computed<ActiveFilter>(() => {
    const isActive = this.query().isActive;
    return isActive === null ? 'all' : isActive ? 'active' : 'inactive';
  });
  protected readonly sortActive = computed(() => this.query().sort.replace(/^-/, ''));
  protected readonly sortDirection = computed(() => (this.query().sort.startsWith('-') ? 'desc' : 'asc'));

  constructor() {
    this.search.valueChanges
      .pipe(debounceTime(SEARCH_DEBOUNCE_MS), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((q) => this.store.setQuery({ q }));
    this.store.load();
  }

  protected setRole(value: unknown): void {
    this.store.setQuery({ role: isRole(value) ? value : null });
  }

  protected setActive(value: ActiveFilter): void {
    this.store.setQuery({ isActive: value === 'all' ? null : value === 'active' });
  }

  protected sort(sort: Sort): void {
    const field = isSortable(sort.active) && sort.direction ? sort.active : 'displayName';
    const value: UserSort = sort.direction === 'desc' ? `-${field}` : field;
    this.store.setQuery({ sort: value });
  }

  protected page(event: PageEvent): void {
    this.store.setQuery({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected roleKey(role: Role): string {
    return `roles.${role}`;
  }

  protected retry(): void {
    this.store.load();
  }
}
