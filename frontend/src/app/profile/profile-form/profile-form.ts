import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { generalProblemKey } from '../../core/api/api-problem';
import type { MeDto } from '../../core/api/generated/models/me-dto';
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  LANGUAGE_NAMES,
  type Language,
  isLanguage,
} from '../../core/i18n/language';
import { applyServerErrors } from '../../core/forms/server-errors';
import { FieldError } from '../../shared/ui/field-error/field-error';
import { FormMessage, type FormOutcome } from '../../shared/ui/form-message/form-message';
import { ProfileStore } from '../profile.store';

/** The user's own display name and preferred language. */
@Component({
  selector: 'crm-profile-form',
  templateUrl: './profile-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FieldError,
    FormMessage,
    MatButton,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
})
export class ProfileForm {
  private readonly store = inject(ProfileStore);

  readonly user = input.required<MeDto>();

  protected readonly languages = LANGUAGES.map((code) => ({ code, name: LANGUAGE_NAMES[code] }));
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(200)]],
    preferredLanguage: [DEFAULT_LANGUAGE as Language, Validators.required],
  });
  protected readonly isSaving = signal(false);
  protected readonly message = signal<FormOutcome | null>(null);

  constructor() {
    effect(() => {
      const user = this.user();
      this.form.reset({
        displayName: user.displayName,
        preferredLanguage: isLanguage(user.preferredLanguage) ? user.preferredLanguage : DEFAULT_LANGUAGE,
      });
    });
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.message.set(null);
    const { displayName, preferredLanguage } = this.form.getRawValue();
    const problem = await this.store.saveDetails({ displayName: displayName.trim(), preferredLanguage });
    this.isSaving.set(false);
    if (problem) {
      applyServerErrors(this.form, problem.errors);
      this.message.set({ key: generalProblemKey(problem), isError: true });
    } else {
      this.message.set({ key: 'profile.form.saved', isError: false });
    }
  }
}
