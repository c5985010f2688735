import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type ApiProblem, generalProblemKey } from '../../../core/api/api-problem';
import type { UnitDto } from '../../../core/api/generated/models/unit-dto';
import type { UpdateUserDto } from '../../../core/api/generated/models/update-user-dto';
import type { UserDto } from '../../../core/api/generated/models/user-dto';
import { ROLES, type Role } from '../../../core/auth/role';
import { applyServerErrors } from '../../../core/forms/server-errors';
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  LANGUAGE_NAMES,
  type Language,
  isLanguage,
} from '../../../core/i18n/language';
import { LanguageService } from '../../../core/i18n/language-service';
import { confirmAction } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { HelsinkiTimePipe } from '../../../shared/ui/dates/helsinki-time-pipe';
import { FieldError } from '../../../shared/ui/field-error/field-error';
import { FormMessage, type FormOutcome } from '../../../shared/ui/form-message/form-message';
import { type UnitChoice, UnitPicker, unitChosenValidator } from '../unit-picker/unit-picker';
import { STALE_VERSION } from '../../problem-codes';
import { UserStore } from '../user.store';

/** `/admin/users/:id`: a user's details, role and language, activation and a new password link. */
@Component({
  selector: 'crm-user-edit',
  templateUrl: './user-edit.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FieldError,
    FormMessage,
    HelsinkiTimePipe,
    MatAnchor,
    MatButton,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatSelect,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    UnitPicker,
  ],
})
export class UserEdit {
  private readonly store = inject(UserStore);
  private readonly dialog = inject(MatDialog);

  /** The `:id` route parameter, bound by the router. */
  readonly id = input.required<string>();

  protected readonly locale = inject(LanguageService).locale;
  protected readonly roles = ROLES;
  protected readonly languages = LANGUAGES.map((code) => ({ code, name: LANGUAGE_NAMES[code] }));
  protected readonly user = this.store.user;
  protected readonly isLoading = this.store.isLoading;
  protected readonly loadProblem = this.store.loadProblem;
  protected readonly isNew = computed(() => this.store.createdId() === this.id());
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(200)]],
    role: ['agent' as Role, Validators.required],
    preferredLanguage: [DEFAULT_LANGUAGE as Language, Validators.required],
    unitId: new FormControl<UnitChoice>(null, unitChosenValidator),
  });
  protected readonly role = toSignal(this.form.controls.role.valueChanges, {
    initialValue: this.form.controls.role.value,
  });
  protected readonly isSaving = signal(false);
  protected readonly formMessage = signal<FormOutcome | null>(null);
  protected readonly statusMessage = signal<FormOutcome | null>(null);
  protected readonly linkMessage = signal<FormOutcome | null>(null);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => {
        this.formMessage.set(null);
        this.statusMessage.set(null);
        this.linkMessage.set(null);
        void this.store.load(id);
      });
    });
    effect(() => {
      const user = this.user();
      const unit = this.store.unit();
      if (user) {
        untracked(() => this.resetForm(user, unit));
      }
    });
    this.form.controls.role.valueChanges.pipe(takeUntilDestroyed()).subscribe((role) => this.applyRole(role));
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.formMessage.set(null);
    const value = this.form.getRawValue();
    const changes: Omit<UpdateUserDto, 'version'> = {
      displayName: value.displayName.trim(),
      role: value.role,
      preferredLanguage: value.preferredLanguage,
    };
    if (value.role === 'unit' && value.unitId && typeof value.unitId === 'object') {
      changes.unitId = value.unitId.id;
    }
    const problem = await this.store.update(changes);
    this.isSaving.set(false);
    this.formMessage.set(
      problem ? this.problemOutcome(problem) : { key: 'admin.userEdit.saved', isError: false },
    );
  }

  protected async toggleActive(user: UserDto): Promise<void> {
    const action = user.isActive ? 'deactivate' : 'reactivate';
    const isConfirmed = await confirmAction(this.dialog, {
      titleKey: `admin.userEdit.${action}Title`,
      messageKey: `admin.userEdit.${action}Message`,
      confirmKey: `admin.userEdit.${action}`,
      params: { name: user.displayName },
    });
    if (!isConfirmed) {
      return;
    }
    this.statusMessage.set(null);
    const problem = await this.store.update({ isActive: !user.isActive });
    this.statusMessage.set(
      problem ? this.problemOutcome(problem) : { key: `admin.userEdit.${action}d`, isError: false },
    );
  }

  protected async sendPasswordLink(): Promise<void> {
    this.linkMessage.set(null);
    const problem = await this.store.issuePasswordSetup();
    this.linkMessage.set(
      problem
        ? { key: generalProblemKey(problem), isError: true }
        : { key: 'admin.userEdit.linkIssued', isError: false },
    );
  }

  private problemOutcome(problem: ApiProblem): FormOutcome {
    if (problem.code === STALE_VERSION) {
      return { key: 'admin.staleVersion', isError: true };
    }
    const unmatched = applyServerErrors(this.form, problem.errors);
    return {
      key:
        problem.errors.length > 0 && unmatched.length === 0
          ? 'errors.checkFields'
          : generalProblemKey(problem),
      isError: true,
    };
  }

  private resetForm(user: UserDto, unit: UnitDto | null): void {
    this.form.reset({
      displayName: user.displayName,
      role: user.role,
      preferredLanguage: isLanguage(user.preferredLanguage) ? user.preferredLanguage : DEFAULT_LANGUAGE,
      unitId: unit,
    });
    this.applyRole(user.role);
  }

  private applyRole(role: Role): void {
    const { unitId } = this.form.controls;
    if (role === 'unit') {
      unitId.enable({ emitEvent: false });
    } else {
      unitId.disable({ emitEvent: false });
    }
  }
}
