import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { RegionDirectory } from '../../region-directory';
import { AgentsStore } from '../agents.store';

const SEARCH_DEBOUNCE_MS = 300;
const ALL_REGIONS = 'all';

/** `/admin/agents`: the change agents, their host organisations, capacity and current regions. */
@Component({
  selector: 'crm-agent-list',
  templateUrl: './agent-list.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    MatFormField,
    MatInput,
    MatLabel,
    MatOption,
    MatPaginator,
    MatProgressBar,
    MatSelect,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
})
export class AgentList {
  private readonly store = inject(AgentsStore);
  private readonly regionDirectory = inject(RegionDirectory);

  protected readonly allRegions = ALL_REGIONS;
  protected readonly regionOptions = this.regionDirectory.options;
  protected readonly regionName = this.regionDirectory.nameOf;
  protected readonly pageSizes = [10, 25, 50, 100];
  protected readonly query = this.store.query;
  protected readonly items = this.store.items;
  protected readonly total = this.store.total;
  protected readonly isLoading = this.store.isLoading;
  protected readonly hasError = this.store.hasError;
  protected readonly search = new FormControl(this.store.query().q, { nonNullable: true });

  constructor() {
    this.search.valueChanges
      .pipe(debounceTime(SEARCH_DEBOUNCE_MS), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((q) => this.store.setQuery({ q }));
    void this.regionDirectory.load();
    this.store.load();
  }

  protected setRegion(value: string): void {
    this.store.setQuery({ regionCode: value === ALL_REGIONS ? null : value });
  }

  protected page(event: PageEvent): void {
    this.store.setQuery({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected regionNames(codes: readonly string[]): string {
    const name = this.regionName();
    return codes.map((code) => name(code)).join(', ');
  }

  protected retry(): void {
    this.store.load();
  }
}
