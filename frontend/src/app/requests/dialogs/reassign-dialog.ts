import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { generalProblemKey } from '../../core/api/api-problem';
import { applyServerErrors } from '../../core/forms/server-errors';
import { FormMessage, type FormOutcome } from '../../shared/ui/form-message/form-message';
import { RequestFieldError } from '../request-field-error/request-field-error';
import { RequestReferenceData } from '../request-reference-data';
import { RequestStore } from '../request.store';
import { type RequestDialogOutcome, closingOutcome } from './request-dialog-outcome';

// As the server accepts them.
const REASON_MIN = 3;
const REASON_MAX = 1000;

export interface ReassignDialogData {
  number: number;
  /** The agent the request has now, who is not offered again. */
  currentAgentUserId: string | null;
}

/** A coordinator gives a request to another agent, with a reason that only staff see. */
@Component({
  selector: 'crm-reassign-dialog',
  template: `
    <h2 mat-dialog-title>{{ 'requests.reassign.title' | transloco: { number: data.number } }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <div class="fields">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'requests.reassign.agent' | transloco }}</mat-label>
            <mat-select formControlName="agentUserId" required>
              @for (agent of agentOptions(); track agent.userId) {
                <mat-option [value]="agent.userId">
                  {{
                    'requests.reassign.agentOption'
                      | transloco
                        : {
                            name: agent.name,
                            regions: agent.regions || ('requests.reassign.noRegion' | transloco),
                          }
                  }}
                </mat-option>
              }
            </mat-select>
            <mat-error><crm-request-field-error [errors]="form.controls.agentUserId.errors" /></mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'requests.reassign.reason' | transloco }}</mat-label>
            <textarea matInput formControlName="reason" rows="3" required></textarea>
            <mat-hint>{{ 'requests.reassign.reasonHint' | transloco }}</mat-hint>
            <mat-error><crm-request-field-error [errors]="form.controls.reason.errors" /></mat-error>
          </mat-form-field>
          <crm-form-message [message]="formMessage()" />
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="isSaving()">
          {{ 'requests.reassign.submit' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 16px;
      // Room for the first field's floating label inside the scrolling content.
      padding-top: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormMessage,
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    RequestFieldError,
    TranslocoPipe,
  ],
})
export class ReassignDialog {
  private readonly store = inject(RequestStore);
  private readonly referenceData = inject(RequestReferenceData);
  private readonly dialogRef = inject<MatDialogRef<ReassignDialog, RequestDialogOutcome>>(MatDialogRef);

  protected readonly data = inject<ReassignDialogData>(MAT_DIALOG_DATA);
  protected readonly agentOptions = computed(() =>
    this.referenceData.agentOptions().filter((agent) => agent.userId !== this.data.currentAgentUserId),
  );
  protected readonly form = inject(NonNullableFormBuilder).group({
    agentUserId: new FormControl<string | null>(null, Validators.required),
    reason: ['', [Validators.required, Validators.minLength(REASON_MIN), Validators.maxLength(REASON_MAX)]],
  });
  protected readonly isSaving = signal(false);
  protected readonly formMessage = signal<FormOutcome | null>(null);

  protected async save(): Promise<void> {
    this.formMessage.set(null);
    const { agentUserId, reason } = this.form.getRawValue();
    if (reason.trim() === '') {
      this.form.controls.reason.setErrors({ required: true });
    }
    if (this.form.invalid || !agentUserId) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    const result = await this.store.assign({ agentUserId, reason: reason.trim() });
    this.isSaving.set(false);
    const outcome = closingOutcome(result);
    if (outcome) {
      this.dialogRef.close(outcome);
      return;
    }
    const problem = result.problem;
    if (problem) {
      const unmatched = applyServerErrors(this.form, problem.errors);
      this.formMessage.set({
        key:
          problem.errors.length > 0 && unmatched.length === 0
            ? 'errors.checkFields'
            : generalProblemKey(problem),
        isError: true,
      });
    }
  }
}
