import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { generalProblemKey } from '../../../core/api/api-problem';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { wholeNumberValidator } from '../../../core/forms/whole-number';
import { FieldError } from '../../../shared/ui/field-error/field-error';
import { FormMessage, type FormOutcome } from '../../../shared/ui/form-message/form-message';
import { STALE_VERSION } from '../../problem-codes';
import { RegionDirectory } from '../../region-directory';
import { AgentAssignments } from '../agent-assignments/agent-assignments';
import { AgentStore } from '../agent.store';
import { AssignmentForm } from '../assignment-form/assignment-form';

const MAX_MONTHLY_HOURS = 744;

/** `/admin/agents/:userId`: an agent's host organisation, capacity and regions over time. */
@Component({
  selector: 'crm-agent-page',
  templateUrl: './agent-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AgentAssignments,
    AssignmentForm,
    FieldError,
    FormMessage,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatProgressBar,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
})
export class AgentPage {
  private readonly store = inject(AgentStore);
  private readonly regionDirectory = inject(RegionDirectory);

  /** The `:userId` route parameter, bound by the router. */
  readonly userId = input.required<string>();

  protected readonly agent = this.store.agent;
  protected readonly isLoading = this.store.isLoading;
  protected readonly loadProblem = this.store.loadProblem;
  protected readonly regionName = this.regionDirectory.nameOf;
  protected readonly maxHours = MAX_MONTHLY_HOURS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    hostOrganisation: ['', [Validators.required, Validators.maxLength(200)]],
    monthlyCapacityHours: [
      0,
      [Validators.required, Validators.min(0), Validators.max(MAX_MONTHLY_HOURS), wholeNumberValidator],
    ],
  });
  protected readonly isSaving = signal(false);
  protected readonly message = signal<FormOutcome | null>(null);

  constructor() {
    void this.regionDirectory.load();
    effect(() => {
      const userId = this.userId();
      untracked(() => {
        this.message.set(null);
        void this.store.load(userId);
      });
    });
    effect(() => {
      const agent = this.agent();
      if (agent) {
        untracked(() =>
          this.form.reset({
            hostOrganisation: agent.hostOrganisation,
            monthlyCapacityHours: agent.monthlyCapacityHours,
          }),
        );
      }
    });
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.message.set(null);
    const { hostOrganisation, monthlyCapacityHours } = this.form.getRawValue();
    const problem = await this.store.update({
      hostOrganisation: hostOrganisation.trim(),
      monthlyCapacityHours: Number(monthlyCapacityHours),
    });
    this.isSaving.set(false);
    if (!problem) {
      this.message.set({ key: 'admin.agent.saved', isError: false });
    } else if (problem.code === STALE_VERSION) {
      this.message.set({ key: 'admin.staleVersion', isError: true });
    } else {
      applyServerErrors(this.form, problem.errors);
      this.message.set({ key: generalProblemKey(problem), isError: true });
    }
  }

  protected regionNames(codes: readonly string[]): string {
    const name = this.regionName();
    return codes.map((code) => name(code)).join(', ');
  }
}
