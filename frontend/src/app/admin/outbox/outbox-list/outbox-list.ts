import { ChangeDetectionStrategy, Component, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LANGUAGE_NAMES } from '../../../core/i18n/language';
import { LanguageService } from '../../../core/i18n/language-service';
import { HelsinkiTimePipe } from '../../../shared/ui/dates/helsinki-time-pipe';
import { deliveryTime, statusBadgeClass, statusKey, templateKey } from '../outbox-labels';
import { OUTBOX_STATUSES, PAGE_SIZES, type OutboxQuery, isOutboxStatus } from '../outbox-query';
import { OutboxStore } from '../outbox.store';

const ALL = 'all';
/** Longer errors are cut in the table; the whole text opens below it and is on the email's page. */
export const ERROR_PREVIEW_LENGTH = 60;

/** `/admin/outbox`: every outgoing email and how its delivery went; the address keeps the filter and page. */
@Component({
  selector: 'crm-outbox-list',
  templateUrl: './outbox-list.html',
  styleUrl: './outbox-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    HelsinkiTimePipe,
    MatButton,
    MatFormField,
    MatLabel,
    MatOption,
    MatPaginator,
    MatProgressBar,
    MatSelect,
    RouterLink,
    TranslocoPipe,
  ],
})
export class OutboxList {
  private readonly store = inject(OutboxStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly queryParams = toSignal(this.route.queryParamMap);

  protected readonly locale = inject(LanguageService).locale;
  protected readonly all = ALL;
  protected readonly statuses = OUTBOX_STATUSES;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly errorPreviewLength = ERROR_PREVIEW_LENGTH;
  protected readonly query = this.store.query;
  protected readonly items = this.store.items;
  protected readonly total = this.store.total;
  protected readonly isLoading = this.store.isLoading;
  protected readonly hasError = this.store.hasError;
  protected readonly hasCaptured = this.store.hasCaptured;
  protected readonly statusKey = statusKey;
  protected readonly statusBadgeClass = statusBadgeClass;
  protected readonly templateKey = templateKey;
  protected readonly deliveryTime = deliveryTime;

  constructor() {
    this.store.markStale();
    effect(() => {
      const params = this.queryParams();
      if (params) {
        untracked(() => this.store.applyUrl(params));
      }
    });
  }

  protected setStatus(value: unknown): void {
    this.navigate({ status: isOutboxStatus(value) ? value : null });
  }

  protected page(event: PageEvent): void {
    this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected reload(): void {
    this.store.load();
  }

  private navigate(changes: Partial<OutboxQuery>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: this.store.urlParams(changes) });
  }
}
