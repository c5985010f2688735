import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  type FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CreateAssignmentDto } from '../../../core/api/generated/models/create-assignment-dto';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { todayInHelsinki } from '../../../core/i18n/date-format';
import { LanguageService } from '../../../core/i18n/language-service';
import { FieldError } from '../../../shared/ui/field-error/field-error';
import { FormMessage, type FormOutcome } from '../../../shared/ui/form-message/form-message';
import { RegionDirectory } from '../../region-directory';
import { AgentStore } from '../agent.store';
import { assignmentProblemOutcome } from '../assignment-problem';

/** An optional end date must not be before the start date (both "YYYY-MM-DD", which sort as text). */
function notBeforeValidFrom(control: AbstractControl<string>): ValidationErrors | null {
  const validFrom: unknown = control.parent?.get('validFrom')?.value;
  return control.value && typeof validFrom === 'string' && control.value < validFrom
    ? { dateOrder: true }
    : null;
}

/** Adds a region to the agent for a period. */
@Component({
  selector: 'crm-assignment-form',
  templateUrl: './assignment-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FieldError,
    FormMessage,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
})
export class AssignmentForm {
  private readonly store = inject(AgentStore);
  private readonly regionDirectory = inject(RegionDirectory);
  private readonly locale = inject(LanguageService).locale;

  protected readonly regionOptions = this.regionDirectory.options;
  protected readonly form = inject(NonNullableFormBuilder).group({
    regionCode: ['', Validators.required],
    validFrom: [todayInHelsinki(), Validators.required],
    validTo: ['', notBeforeValidFrom],
  });
  protected readonly isSaving = signal(false);
  protected readonly message = signal<FormOutcome | null>(null);

  constructor() {
    this.form.controls.validFrom.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.validTo.updateValueAndValidity({ emitEvent: false }));
  }

  protected async add(formDirective: FormGroupDirective): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.message.set(null);
    const { regionCode, validFrom, validTo } = this.form.getRawValue();
    const body: CreateAssignmentDto = { regionCode, validFrom, ...(validTo ? { validTo } : {}) };
    const result = await this.store.addAssignment(body);
    this.isSaving.set(false);
    if (!result) {
      formDirective.resetForm({ regionCode: '', validFrom: todayInHelsinki(), validTo: '' });
      this.message.set({
        key: 'admin.agent.assignmentAdded',
        params: { region: this.regionDirectory.nameOf()(regionCode) },
        isError: false,
      });
      return;
    }
    applyServerErrors(this.form, result.problem.errors);
    this.message.set(assignmentProblemOutcome(result, this.regionDirectory.nameOf(), this.locale()));
  }
}
