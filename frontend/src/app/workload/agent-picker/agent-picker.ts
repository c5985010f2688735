import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AgentDto } from '../../core/api/generated/models/agent-dto';

/** A coordinator's choice of whose workload to see. */
@Component({
  selector: 'crm-agent-picker',
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic" class="agent">
      <mat-label>{{ 'workload.agentPicker.label' | transloco }}</mat-label>
      <mat-select [value]="selected()" (selectionChange)="chosen.emit($event.value)">
        @for (agent of agents(); track agent.userId) {
          <mat-option [value]="agent.userId">{{ agent.displayName }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
    @if (hasError()) {
      <p class="error-text" role="alert">{{ 'workload.agentPicker.loadError' | transloco }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .agent {
      width: min(100%, 360px);
    }
    p {
      margin: 4px 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatFormField, MatLabel, MatOption, MatSelect, TranslocoPipe],
})
export class AgentPicker {
  readonly agents = input.required<readonly AgentDto[]>();
  readonly selected = input<string | null>(null);
  readonly hasError = input(false);
  /** The user id of the agent chosen. */
  readonly chosen = output<string>();
}
