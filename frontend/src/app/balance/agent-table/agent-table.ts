import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
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
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { LanguageService } from '../../core/i18n/language-service';
import {
  AGENT_COLUMNS,
  type AgentRow,
  PHONE_AGENT_COLUMNS,
  type AgentSortColumn,
  type AgentSortDirection,
  isAgentSortColumn,
  sortAgentRows,
} from '../agent-rows';
import {
  type AgentRequestsView,
  FOLLOW_UPS_PATH,
  REQUESTS_PATH,
  WORKLOAD_PATH,
  agentRequestsParams,
  followUpsParams,
  workloadParams,
} from '../balance-links';
import { formatCount } from '../capacity-load';
import { CapacityMeter } from '../capacity-meter/capacity-meter';

const PHONE_QUERY = '(max-width: 599.98px)';

/** The counts that link to the agent's requests in the requests list. */
const REQUEST_COUNT_COLUMNS: readonly AgentRequestsView[] = ['openRequests', 'atRisk', 'breached'];

/**
 * Every active change agent's load: regions, open requests and their service levels, overdue follow-ups and
 * hours against capacity; sortable by any column, each figure linking to the list behind it.
 */
@Component({
  selector: 'crm-agent-table',
  templateUrl: './agent-table.html',
  styleUrl: './agent-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CapacityMeter,
    MatCell,
    MatCellDef,
    MatColumnDef,
    MatHeaderCell,
    MatHeaderCellDef,
    MatHeaderRow,
    MatHeaderRowDef,
    MatRow,
    MatRowDef,
    MatSort,
    MatSortHeader,
    MatTable,
    RouterLink,
    TranslocoPipe,
  ],
})
export class AgentTable {
  readonly rows = input.required<readonly AgentRow[]>();

  private readonly language = inject(LanguageService).language;
  private readonly isPhone = toSignal(
    inject(BreakpointObserver)
      .observe(PHONE_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  private readonly sort = signal<{ column: AgentSortColumn | null; direction: AgentSortDirection }>({
    column: null,
    direction: '',
  });

  protected readonly locale = inject(LanguageService).locale;
  protected readonly columns = computed(() => (this.isPhone() ? PHONE_AGENT_COLUMNS : AGENT_COLUMNS));
  protected readonly requestCountColumns = REQUEST_COUNT_COLUMNS;
  protected readonly workloadPath = WORKLOAD_PATH;
  protected readonly requestsPath = REQUESTS_PATH;
  protected readonly followUpsPath = FOLLOW_UPS_PATH;
  protected readonly workloadParams = workloadParams;
  protected readonly requestsParams = agentRequestsParams;
  protected readonly followUpsParams = followUpsParams;
  protected readonly sorted = computed(() => {
    const { column, direction } = this.sort();
    return sortAgentRows(this.rows(), column, direction, this.language());
  });

  protected sortBy(sort: Sort): void {
    this.sort.set({
      column: isAgentSortColumn(sort.active) ? sort.active : null,
      direction: sort.direction,
    });
  }

  protected count(value: number): string {
    return formatCount(value, this.locale());
  }

  protected countOf(row: AgentRow, column: AgentRequestsView): number {
    return row[column];
  }
}
