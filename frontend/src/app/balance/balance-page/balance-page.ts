import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import type { QueueItemDto } from '../../core/api/generated/models/queue-item-dto';
import { formatCalendarDate } from '../../core/i18n/date-format';
import { LanguageService } from '../../core/i18n/language-service';
import { AgentTable } from '../agent-table/agent-table';
import { BalanceStore } from '../balance.store';
import { formatMonth } from '../capacity-load';
import {
  ReassignDialog,
  type ReassignDialogData,
  type ReassignDialogOutcome,
} from '../reassign-dialog/reassign-dialog';
import { RegionsWithoutAgent } from '../regions-without-agent/regions-without-agent';
import { UnassignedQueue } from '../unassigned-queue/unassigned-queue';

/** Comfortable on a laptop, the whole width (less a margin) on a phone. */
const DIALOG_SIZE = { width: 'min(600px, calc(100vw - 32px))', maxWidth: 'calc(100vw - 32px)' } as const;
const SNACK_BAR_MS = 6000;

/**
 * `/balance`, the coordinators' home page: how the work is spread over the change agents, the regions
 * nobody covers, and the queue of requests waiting for an agent, from which a request is given to one.
 */
@Component({
  selector: 'crm-balance-page',
  templateUrl: './balance-page.html',
  styleUrl: './balance-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // A fresh dashboard on every visit; the reassign dialog works through this page's store.
  providers: [BalanceStore],
  imports: [AgentTable, MatButton, MatProgressBar, RegionsWithoutAgent, TranslocoPipe, UnassignedQueue],
})
export class BalancePage {
  private readonly store = inject(BalanceStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly locale = inject(LanguageService).locale;

  protected readonly dashboard = this.store.dashboard;
  protected readonly isLoading = this.store.isLoading;
  protected readonly hasError = this.store.hasError;
  protected readonly agents = this.store.agents;
  protected readonly regionsWithoutAgent = this.store.regionsWithoutAgent;
  protected readonly queue = this.store.queue;
  protected readonly regionName = this.store.regionName;
  protected readonly asOf = computed(() => {
    const dashboard = this.dashboard();
    const locale = this.locale();
    return dashboard
      ? { date: formatCalendarDate(dashboard.today, locale), month: formatMonth(dashboard.month, locale) }
      : null;
  });

  constructor() {
    void this.store.load();
  }

  protected retry(): void {
    void this.store.load();
  }

  protected async openReassign(item: QueueItemDto): Promise<void> {
    const reference = this.dialog.open<ReassignDialog, ReassignDialogData, ReassignDialogOutcome>(
      ReassignDialog,
      { data: { item, agents: this.agents() }, injector: this.injector, ...DIALOG_SIZE },
    );
    const outcome = await firstValueFrom(reference.afterClosed());
    if (!outcome) {
      return;
    }
    this.snackBar.open(
      this.transloco.translate('balance.page.assigned', { number: outcome.number, name: outcome.agentName }),
      undefined,
      { duration: SNACK_BAR_MS },
    );
    this.keepFocus();
  }

  /**
   * The dialog gives the focus back to the button that opened it; the request has left the queue with its
   * button, so the focus goes to the queue's heading instead of being lost.
   */
  private keepFocus(): void {
    afterNextRender(
      () => {
        const active = this.document.activeElement;
        if (!active || active === this.document.body || !active.isConnected) {
          this.document.getElementById('crm-balance-queue')?.focus();
        }
      },
      { injector: this.injector },
    );
  }
}
