import { Clipboard } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import {
  type FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { generalProblemKey } from '../../core/api/api-problem';
import type { ApiTokenDto } from '../../core/api/generated/models/api-token-dto';
import { applyServerErrors } from '../../core/forms/server-errors';
import { wholeNumberValidator } from '../../core/forms/whole-number';
import { LanguageService } from '../../core/i18n/language-service';
import { confirmAction } from '../../shared/ui/confirm-dialog/confirm-dialog';
import { HelsinkiTimePipe } from '../../shared/ui/dates/helsinki-time-pipe';
import { FieldError } from '../../shared/ui/field-error/field-error';
import { FormMessage, type FormOutcome } from '../../shared/ui/form-message/form-message';
import { ProfileStore } from '../profile.store';

const DEFAULT_EXPIRY_DAYS = 90;
const MAX_EXPIRY_DAYS = 365;

/** Personal API tokens for scripts and integrations: list, create (the secret is shown once) and revoke. */
@Component({
  selector: 'crm-api-tokens',
  templateUrl: './api-tokens.html',
  styleUrl: './api-tokens.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FieldError,
    FormMessage,
    HelsinkiTimePipe,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatSuffix,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
})
export class ApiTokens {
  private readonly store = inject(ProfileStore);
  private readonly dialog = inject(MatDialog);
  private readonly clipboard = inject(Clipboard);

  protected readonly locale = inject(LanguageService).locale;
  protected readonly tokens = this.store.tokens;
  protected readonly isLoading = this.store.isLoadingTokens;
  protected readonly hasError = this.store.hasTokensError;
  protected readonly createdToken = this.store.createdToken;
  protected readonly maxDays = MAX_EXPIRY_DAYS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(100)]],
    expiresInDays: [
      DEFAULT_EXPIRY_DAYS,
      [Validators.required, Validators.min(1), Validators.max(MAX_EXPIRY_DAYS), wholeNumberValidator],
    ],
  });
  protected readonly isCreating = signal(false);
  protected readonly isCopied = signal(false);
  protected readonly message = signal<FormOutcome | null>(null);

  private readonly secretField = viewChild<ElementRef<HTMLInputElement>>('secret');

  constructor() {
    // The new token is the thing to act on now: move the focus to it so that it is read out.
    afterRenderEffect(() => {
      const field = this.secretField();
      if (field && this.createdToken()) {
        field.nativeElement.focus();
        field.nativeElement.select();
      }
    });
  }

  protected async create(formDirective: FormGroupDirective): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.isCreating.set(true);
    this.isCopied.set(false);
    this.message.set(null);
    const { name, expiresInDays } = this.form.getRawValue();
    const problem = await this.store.createToken(name.trim(), expiresInDays);
    this.isCreating.set(false);
    if (problem) {
      applyServerErrors(this.form, problem.errors);
      this.message.set({ key: generalProblemKey(problem), isError: true });
      return;
    }
    formDirective.resetForm({ name: '', expiresInDays: DEFAULT_EXPIRY_DAYS });
  }

  protected copy(secret: string): void {
    this.isCopied.set(this.clipboard.copy(secret));
  }

  protected dismiss(): void {
    this.isCopied.set(false);
    this.store.dismissCreatedToken();
  }

  protected async revoke(token: ApiTokenDto): Promise<void> {
    const isConfirmed = await confirmAction(this.dialog, {
      titleKey: 'profile.tokens.revokeTitle',
      messageKey: 'profile.tokens.revokeMessage',
      confirmKey: 'profile.tokens.revoke',
      params: { name: token.name },
    });
    if (!isConfirmed) {
      return;
    }
    const problem = await this.store.revokeToken(token.id);
    this.message.set(
      problem
        ? { key: generalProblemKey(problem), isError: true }
        : { key: 'profile.tokens.revoked', params: { name: token.name }, isError: false },
    );
  }
}
