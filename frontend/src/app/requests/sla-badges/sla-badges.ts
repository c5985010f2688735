import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ServiceLevelDto } from '../../core/api/generated/models/service-level-dto';
import { LanguageService } from '../../core/i18n/language-service';
import { todayInHelsinki } from '../../core/i18n/date-format';
import { CalendarDatePipe } from '../../shared/ui/dates/calendar-date-pipe';
import { Icon, type IconName } from '../../shared/ui/icon/icon';
import type { RequestStatus, ServiceLevelState } from '../request-options';

interface Badge {
  kind: 'firstResponse' | 'resolution';
  state: ServiceLevelState;
  icon: IconName;
  /**
   * The Helsinki day the level is due by ("YYYY-MM-DD"), shown while the clock runs; a met, late or paused
   * level has no due date that matters.
   */
  dueDate: string | null;
}

const ICONS: Readonly<Record<ServiceLevelState, IconName>> = {
  onTrack: 'schedule',
  atRisk: 'warning',
  breached: 'error',
  met: 'check',
  metLate: 'check',
  paused: 'pause',
};

const RUNNING: readonly ServiceLevelState[] = ['onTrack', 'atRisk', 'breached'];

/**
 * The business day a level is due by. The API gives the end of that day as the instant the next day starts
 * (midnight in Helsinki), which shown as a time would name the wrong day; the day is what matters.
 */
export function dueDay(dueAt: string): string {
  return todayInHelsinki(new Date(Date.parse(dueAt) - 1));
}

/**
 * The two service levels of a request (first response, resolution), each as text, an icon and a colour,
 * with the due time in Helsinki. Nothing is due of a cancelled request, so it shows none.
 */
@Component({
  selector: 'crm-sla-badges',
  templateUrl: './sla-badges.html',
  styleUrl: './sla-badges.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CalendarDatePipe, Icon, TranslocoPipe],
})
export class SlaBadges {
  readonly status = input.required<RequestStatus>();
  readonly firstResponse = input.required<ServiceLevelDto>();
  readonly resolution = input.required<ServiceLevelDto>();
  /** In a list: the states only, each on one line; the request's page shows the due times. */
  readonly isCompact = input(false);

  protected readonly locale = inject(LanguageService).locale;
  protected readonly badges = computed<readonly Badge[]>(() => {
    if (this.status() === 'cancelled') {
      return [];
    }
    return (['firstResponse', 'resolution'] as const).map((kind) => {
      const level = kind === 'firstResponse' ? this.firstResponse() : this.resolution();
      return {
        kind,
        state: level.state,
        icon: ICONS[level.state],
        dueDate: !this.isCompact() && RUNNING.includes(level.state) ? dueDay(level.dueAt) : null,
      };
    });
  });
}
