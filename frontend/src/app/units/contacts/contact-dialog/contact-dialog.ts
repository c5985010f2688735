import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { generalProblemKey } from '../../../core/api/api-problem';
import type { ContactDto } from '../../../core/api/generated/models/contact-dto';
import type { CreateContactDto } from '../../../core/api/generated/models/create-contact-dto';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../../../core/i18n/language';
import { FormMessage, type FormOutcome } from '../../../shared/ui/form-message/form-message';
import { UnitFieldError } from '../../unit-field-error/unit-field-error';
import { STALE_VERSION } from '../../unit-problems';
import { ContactsStore } from '../contacts.store';

export interface ContactDialogData {
  unitId: string;
  /** The contact to edit; absent when adding one. */
  contact?: ContactDto;
}

// As the server accepts them: digits, spaces, brackets and dashes, optionally a leading +.
const PHONE = /^\+?[0-9 ()-]{5,30}$/;

export function phoneValidator(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value.trim();
  return value === '' || PHONE.test(value) ? null : { phone: true };
}

/** Adds a contact person to a unit or edits one; closes with the saved contact. */
@Component({
  selector: 'crm-contact-dialog',
  templateUrl: './contact-dialog.html',
  styles: `
    mat-form-field {
      width: 100%;
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
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    TranslocoPipe,
    UnitFieldError,
  ],
})
export class ContactDialog {
  private readonly store = inject(ContactsStore);
  private readonly dialogRef = inject<MatDialogRef<ContactDialog, ContactDto>>(MatDialogRef);

  protected readonly data = inject<ContactDialogData>(MAT_DIALOG_DATA);
  protected readonly languages = LANGUAGES.map((code) => ({ code, name: LANGUAGE_NAMES[code] }));
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.data.contact?.name ?? '', [Validators.required, Validators.maxLength(200)]],
    title: [this.data.contact?.title ?? '', Validators.maxLength(200)],
    email: [this.data.contact?.email ?? '', [Validators.email, Validators.maxLength(254)]],
    phone: [this.data.contact?.phone ?? '', phoneValidator],
    preferredLanguage: [(this.data.contact?.preferredLanguage ?? 'fi') as Language],
  });
  protected readonly isSaving = signal(false);
  protected readonly formMessage = signal<FormOutcome | null>(null);

  protected async save(): Promise<void> {
    this.formMessage.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const body: CreateContactDto = {
      name: value.name.trim(),
      title: value.title.trim() || null,
      email: value.email.trim() || null,
      phone: value.phone.trim() || null,
      preferredLanguage: value.preferredLanguage,
    };
    this.isSaving.set(true);
    const { contact } = this.data;
    const result = contact
      ? await this.store.update(contact, body)
      : await this.store.create(this.data.unitId, body);
    this.isSaving.set(false);
    if (result.contact) {
      this.dialogRef.close(result.contact);
      return;
    }
    const { problem } = result;
    if (problem.code === STALE_VERSION) {
      this.formMessage.set({ key: 'units.contacts.staleVersion', isError: true });
      void this.store.load(this.data.unitId);
      return;
    }
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
