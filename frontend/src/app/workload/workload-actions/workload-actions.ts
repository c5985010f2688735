import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LogActivityButton } from '../../activities/quick-log/log-activity-button';
import { Icon } from '../../shared/ui/icon/icon';

/**
 * What an agent does most from their home page, one click away: log an activity (the quick-log dialog) and
 * add a follow-up. A follow-up is always about a unit or a request, so it is added on their pages; the
 * follow-ups page says so and lists the agent's own.
 */
@Component({
  selector: 'crm-workload-actions',
  template: `
    <crm-log-activity-button [isPrimary]="true" />
    <a mat-stroked-button routerLink="/follow-ups" aria-describedby="crm-workload-follow-up-hint">
      <crm-icon name="add" />
      {{ 'workload.actions.newFollowUp' | transloco }}
    </a>
    <p class="note" id="crm-workload-follow-up-hint">{{ 'workload.actions.followUpHint' | transloco }}</p>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
    }
    a {
      gap: 4px;
    }
    .note {
      flex-basis: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LogActivityButton, MatAnchor, RouterLink, TranslocoPipe, Icon],
})
export class WorkloadActions {}
