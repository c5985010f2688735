import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
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
import type { RequestStatus } from '../request-options';
import { RequestReferenceData } from '../request-reference-data';
import { RequestStore } from '../request.store';
import { type RequestDialogOutcome, closingOutcome } from './request-dialog-outcome';

// As the server accepts them (MESSAGE_MAX).
const COMMENT_MAX = 5000;

export interface TransitionDialogData {
  to: RequestStatus;
  /** Translation key of the action, e.g. "Mark resolved": the dialog's title and confirm button. */
  actionKey: string;
  number: number;
  /** A coordinator assigning a new request names the agent. */
  needsAgent: boolean;
  /** A unit user (the requester's side) writes to the agent, not to the requester. */
  isRequesterSide: boolean;
}

/** Moves a request to another status, with an optional message to the requester (and the agent, if needed). */
@Component({
  selector: 'crm-transition-dialog',
  template: `
    <h2 mat-dialog-title>{{ data.actionKey | transloco }}: #{{ data.number }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <div class="fields">
          @if (data.needsAgent) {
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ 'requests.fields.agent' | transloco }}</mat-label>
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
          }
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{
              (data.isRequesterSide ? 'requests.transition.commentRequester' : 'requests.transition.comment')
                | transloco
            }}</mat-label>
            <textarea matInput formControlName="comment" rows="4"></textarea>
            <mat-hint>{{
              (data.isRequesterSide
                ? 'requests.transition.commentRequesterHint'
                : 'requests.transition.commentHint'
              ) | transloco
            }}</mat-hint>
            <mat-error><crm-request-field-error [errors]="form.controls.comment.errors" /></mat-error>
          </mat-form-field>
          <crm-form-message [message]="formMessage()" />
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="isSaving()">
          {{ data.actionKey | transloco }}
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
export class TransitionDialog {
  private readonly store = inject(RequestStore);
  private readonly dialogRef = inject<MatDialogRef<TransitionDialog, RequestDialogOutcome>>(MatDialogRef);

  protected readonly data = inject<TransitionDialogData>(MAT_DIALOG_DATA);
  protected readonly agentOptions = inject(RequestReferenceData).agentOptions;
  protected readonly form = inject(NonNullableFormBuilder).group({
    agentUserId: new FormControl<string | null>(null, this.data.needsAgent ? Validators.required : []),
    comment: ['', Validators.maxLength(COMMENT_MAX)],
  });
  protected readonly isSaving = signal(false);
  protected readonly formMessage = signal<FormOutcome | null>(null);

  protected async save(): Promise<void> {
    this.formMessage.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { agentUserId, comment } = this.form.getRawValue();
    this.isSaving.set(true);
    const result = await this.store.transition({
      to: this.data.to,
      ...(comment.trim() ? { comment: comment.trim() } : {}),
      ...(this.data.needsAgent && agentUserId ? { agentUserId } : {}),
    });
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
