import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { generalProblemKey } from '../../core/api/api-problem';
import type { RequestDto } from '../../core/api/generated/models/request-dto';
import { SERVER_ERROR_KEY, applyServerErrors } from '../../core/forms/server-errors';
import { FormMessage, type FormOutcome } from '../../shared/ui/form-message/form-message';
import { requestContent, requestContentForm } from '../content-fields/request-content-form';
import { RequestContentFields } from '../content-fields/request-content-fields';
import { RequestStore } from '../request.store';
import { RequestUnitPicker, type UnitChoice } from '../unit-picker/request-unit-picker';
import { type RequestDialogOutcome, closingOutcome } from './request-dialog-outcome';

export interface EditRequestDialogData {
  request: RequestDto;
  /** Coordinators name the verified unit of a request whose unit was not found at submit. */
  canSetUnit: boolean;
}

/** Staff correct what a request is about; coordinators can also set its unit when it was unverified. */
@Component({
  selector: 'crm-edit-request-dialog',
  template: `
    <h2 mat-dialog-title>{{ 'requests.edit.title' | transloco: { number: data.request.number } }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <div class="form-grid">
          @if (data.canSetUnit) {
            <div class="form-full-width stack">
              <p class="note">
                {{
                  'requests.edit.unitIntro' | transloco: { description: data.request.unitDescription ?? '' }
                }}
              </p>
              <crm-request-unit-picker [control]="unit" labelKey="requests.edit.unit" />
            </div>
          }
          <crm-request-content-fields [form]="form" />
        </div>
        <crm-form-message [message]="formMessage()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="isSaving()">{{ 'common.save' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .form-grid {
      row-gap: 16px;
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
    ReactiveFormsModule,
    RequestContentFields,
    RequestUnitPicker,
    TranslocoPipe,
  ],
})
export class EditRequestDialog {
  private readonly store = inject(RequestStore);
  private readonly dialogRef = inject<MatDialogRef<EditRequestDialog, RequestDialogOutcome>>(MatDialogRef);

  protected readonly data = inject<EditRequestDialogData>(MAT_DIALOG_DATA);
  protected readonly form = requestContentForm({
    title: this.data.request.title,
    description: this.data.request.description,
    themeCodes: this.data.request.themeCodes,
    cpvDivisionCode: this.data.request.cpvDivisionCode,
    cpvCode: this.data.request.cpvCode,
    procurementStage: this.data.request.procurementStage,
    urgency: this.data.request.urgency,
  });
  /** Optional: the request may stay with its unverified unit. */
  protected readonly unit = new FormControl<UnitChoice>(null);
  protected readonly isSaving = signal(false);
  protected readonly formMessage = signal<FormOutcome | null>(null);

  protected async save(): Promise<void> {
    this.formMessage.set(null);
    const unit = this.unit.value;
    if (typeof unit === 'string' && unit.trim() !== '') {
      this.unit.setErrors({ unitNotChosen: true });
      this.unit.markAsTouched();
    }
    if (this.form.invalid || this.unit.invalid) {
      this.form.markAllAsTouched();
      this.formMessage.set({ key: 'errors.checkFields', isError: true });
      return;
    }
    this.isSaving.set(true);
    const result = await this.store.update({
      ...requestContent(this.form),
      ...(unit && typeof unit === 'object' ? { unitId: unit.id } : {}),
    });
    this.isSaving.set(false);
    const outcome = closingOutcome(result);
    if (outcome) {
      this.dialogRef.close(outcome);
      return;
    }
    const problem = result.problem;
    if (problem) {
      const unmatched = applyServerErrors(this.form, problem.errors).filter((error) => {
        if (error.field !== 'unitId') {
          return true;
        }
        this.unit.setErrors({ [SERVER_ERROR_KEY]: error.code });
        this.unit.markAsTouched();
        return false;
      });
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
