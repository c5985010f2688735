import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AgentPeriodDto } from '../../core/api/generated/models/agent-period-dto';
import { LanguageService } from '../../core/i18n/language-service';
import { CalendarDatePipe } from '../../shared/ui/dates/calendar-date-pipe';

/** The region's change agents over time, newest first; who they were only when the API says (coordinators). */
@Component({
  selector: 'crm-agent-history',
  template: `
    @if (agents().length === 0) {
      <p class="note">{{ 'national.agents.none' | transloco }}</p>
    } @else {
      <ol class="history">
        @for (period of agents(); track period.validFrom) {
          <li [attr.data-from]="period.validFrom">
            <span class="dates">
              {{ period.validFrom | calendarDate: locale() }} –
              @if (period.validTo) {
                {{ period.validTo | calendarDate: locale() }}
              } @else {
                {{ 'national.agents.onwards' | transloco }}
              }
            </span>
            <span class="who">
              {{ period.agent?.displayName ?? ('national.agents.agent' | transloco) }}
            </span>
          </li>
        }
      </ol>
    }
  `,
  styles: `
    :host {
      display: block;
    }

    .history {
      display: grid;
      gap: 8px;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    li {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      padding: 8px 12px;
      border-inline-start: 4px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container-low);
    }

    .dates {
      font-variant-numeric: tabular-nums;
      font-weight: 500;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CalendarDatePipe, TranslocoPipe],
})
export class AgentHistory {
  protected readonly locale = inject(LanguageService).locale;

  readonly agents = input.required<readonly AgentPeriodDto[]>();
}
