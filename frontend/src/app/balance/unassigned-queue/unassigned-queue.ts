import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { QueueItemDto } from '../../core/api/generated/models/queue-item-dto';
import type { RequestQueueDto } from '../../core/api/generated/models/request-queue-dto';
import { formatCalendarDate, todayInHelsinki } from '../../core/i18n/date-format';
import { LanguageService } from '../../core/i18n/language-service';
import { HelsinkiTimePipe } from '../../shared/ui/dates/helsinki-time-pipe';
import { QUEUE_PARAMS, REQUESTS_PATH, requestPath } from '../balance-links';
import { formatCount } from '../capacity-load';
import { QueueSlaBadge } from '../queue-sla-badge/queue-sla-badge';

/**
 * The Helsinki day a service level is due by. The API gives the end of that day as the instant the next
 * day starts (midnight in Helsinki), which shown as a date would name the wrong day.
 */
export function dueDay(dueAt: string): string {
  return todayInHelsinki(new Date(Date.parse(dueAt) - 1));
}

/**
 * The unassigned queue: how many new requests wait for an agent (and how many of them are late or about
 * to be), the oldest of them, each with a way to give it to an agent, and a link to the whole queue.
 */
@Component({
  selector: 'crm-unassigned-queue',
  templateUrl: './unassigned-queue.html',
  styleUrl: './unassigned-queue.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    HelsinkiTimePipe,
    MatAnchor,
    MatButton,
    NgTemplateOutlet,
    QueueSlaBadge,
    RouterLink,
    TranslocoPipe,
  ],
})
export class UnassignedQueue {
  readonly queue = input.required<RequestQueueDto>();
  readonly regionName = input.required<(code: string) => string>();
  /** Asks for the request to be given to an agent. */
  readonly reassign = output<QueueItemDto>();

  protected readonly locale = inject(LanguageService).locale;
  protected readonly requestsPath = REQUESTS_PATH;
  protected readonly queueParams = QUEUE_PARAMS;
  protected readonly requestPath = requestPath;
  protected readonly counts = computed(() => {
    const { total, atRisk, breached } = this.queue();
    const locale = this.locale();
    return [
      { key: 'total', value: formatCount(total, locale), isAlert: false },
      { key: 'atRisk', value: formatCount(atRisk, locale), isAlert: atRisk > 0 },
      { key: 'breached', value: formatCount(breached, locale), isAlert: breached > 0 },
    ];
  });
  protected readonly isPartial = computed(() => this.queue().total > this.queue().items.length);

  protected dueDate(item: QueueItemDto): string {
    return formatCalendarDate(dueDay(item.firstResponseDueAt), this.locale());
  }
}
