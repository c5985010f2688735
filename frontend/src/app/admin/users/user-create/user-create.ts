import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { generalProblemKey } from '../../../core/api/api-problem';
import type { CreateUserDto } from '../../../core/api/generated/models/create-user-dto';
import { ROLES, type Role } from '../../../core/auth/role';
import { applyServerErrors, setControlError } from '../../../core/forms/server-errors';
import { wholeNumberValidator } from '../../../core/forms/whole-number';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../../../core/i18n/language';
import { LanguageService } from '../../../core/i18n/language-service';
import { FieldError } from '../../../shared/ui/field-error/field-error';
import { FormMessage, type FormOutcome } from '../../../shared/ui/form-message/form-message';
import { type UnitChoice, UnitPicker, unitChosenValidator } from '../unit-picker/unit-picker';
import { EMAIL_TAKEN } from '../../problem-codes';
import { UserStore } from '../user.store';

export const MAX_MONTHLY_HOURS = 744;

/** `/admin/users/new`: a new account; the user then sets a password through a one-time link. */
@Component({
  selector: 'crm-user-create',
  templateUrl: './user-create.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FieldError,
    FormMessage,
    MatAnchor,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    UnitPicker,
  ],
})
export class UserCreate {
  private readonly store = inject(UserStore);
  private readonly router = inject(Router);

  protected readonly roles = ROLES;
  protected readonly languages = LANGUAGES.map((code) => ({ code, name: LANGUAGE_NAMES[code] }));
  protected readonly maxHours = MAX_MONTHLY_HOURS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    displayName: ['', [Validators.required, Validators.maxLength(200)]],
    role: ['agent' as Role, Validators.required],
    preferredLanguage: [inject(LanguageService).language() as Language, Validators.required],
    unitId: new FormControl<UnitChoice>(null, unitChosenValidator),
    hostOrganisation: ['', [Validators.required, Validators.maxLength(200)]],
    monthlyCapacityHours: [
      40,
      [Validators.required, Validators.min(0), Validators.max(MAX_MONTHLY_HOURS), wholeNumberValidator],
    ],
  });
  protected readonly role = toSignal(this.form.controls.role.valueChanges, {
    initialValue: this.form.controls.role.value,
  });
  protected readonly isSaving = signal(false);
  protected readonly message = signal<FormOutcome | null>(null);

  constructor() {
    this.applyRole(this.form.controls.role.value);
    this.form.controls.role.valueChanges.pipe(takeUntilDestroyed()).subscribe((role) => this.applyRole(role));
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.message.set(null);
    const result = await this.store.create(this.body());
    this.isSaving.set(false);
    if (result.user) {
      await this.router.navigate(['/admin/users', result.user.id]);
      return;
    }
    const { problem } = result;
    if (problem.code === EMAIL_TAKEN) {
      setControlError(this.form.controls.email, 'emailTaken');
      return;
    }
    const unmatched = applyServerErrors(this.form, problem.errors);
    if (problem.errors.length === 0 || unmatched.length > 0) {
      this.message.set({ key: generalProblemKey(problem), isError: true });
    }
  }

  private body(): CreateUserDto {
    const value = this.form.getRawValue();
    const body: CreateUserDto = {
      email: value.email.trim(),
      displayName: value.displayName.trim(),
      role: value.role,
      preferredLanguage: value.preferredLanguage,
    };
    if (value.role === 'unit' && value.unitId && typeof value.unitId === 'object') {
      body.unitId = value.unitId.id;
    }
    if (value.role === 'agent') {
      body.hostOrganisation = value.hostOrganisation.trim();
      body.monthlyCapacityHours = Number(value.monthlyCapacityHours);
    }
    return body;
  }

  // Only the fields of the chosen role take part in validation.
  private applyRole(role: Role): void {
    const { unitId, hostOrganisation, monthlyCapacityHours } = this.form.controls;
    for (const [control, isUsed] of [
      [unitId, role === 'unit'],
      [hostOrganisation, role === 'agent'],
      [monthlyCapacityHours, role === 'agent'],
    ] as const) {
      if (isUsed) {
        control.enable({ emitEvent: false });
      } else {
        control.disable({ emitEvent: false });
      }
    }
  }
}
