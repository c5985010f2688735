import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { QueueItemDto } from '../../core/api/generated/models/queue-item-dto';
import { applyServerErrors } from '../../core/forms/server-errors';
import { LanguageService } from '../../core/i18n/language-service';
import { FieldError } from '../../shared/ui/field-error/field-error';
import type { AgentRow } from '../agent-rows';
import { BalanceStore } from '../balance.store';
import { formatCount, formatHours } from '../capacity-load';
import { type ReassignMessage, notInQueueMessage, reassignProblemMessage } from './reassign-problem';

// As the server accepts them; an empty reason is replaced by a standard one (the API requires one).
export const REASON_MIN = 3;
export const REASON_MAX = 1000;

export interface ReassignDialogData {
  item: QueueItemDto;
  /** The agents of the balance table, in its order. */
  agents: readonly AgentRow[];
}

/** The dialog closes with this once the request is assigned; cancelling gives `undefined`. */
export interface ReassignDialogOutcome {
  number: number;
  agentName: string;
}

/**
 * A coordinator gives a queued request to a change agent, seeing each agent's current load, with an
 * optional reason. Problems the API answers stay in the dialog.
 */
@Component({
  selector: 'crm-reassign-dialog',
  templateUrl: './reassign-dialog.html',
  styleUrl: './reassign-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FieldError,
    MatButton,
    MatDialogActions,
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
    TranslocoPipe,
  ],
})
export class ReassignDialog {
  private readonly store = inject(BalanceStore);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(LanguageService).locale;
  private readonly dialogRef = inject<MatDialogRef<ReassignDialog, ReassignDialogOutcome>>(MatDialogRef);

  protected readonly data = inject<ReassignDialogData>(MAT_DIALOG_DATA);
  protected readonly agentOptions = computed(() => {
    const locale = this.locale();
    return this.data.agents.map((agent) => ({
      userId: agent.userId,
      key: agent.load.isOverCapacity ? 'balance.reassign.agentOptionOver' : 'balance.reassign.agentOption',
      params: {
        name: agent.name,
        // Translated here: the option text is one message with the regions inside.
        regions:
          agent.regions.length > 0
            ? agent.regions.join(', ')
            : this.transloco.translate('balance.agents.noRegions'),
        open: formatCount(agent.openRequests, locale),
        hours: formatHours(agent.load.hours, locale),
        capacity: formatHours(agent.load.capacity, locale),
      },
    }));
  });
  protected readonly form = inject(NonNullableFormBuilder).group({
    agentUserId: new FormControl<string | null>(null, Validators.required),
    reason: ['', [Validators.maxLength(REASON_MAX)]],
  });
  protected readonly isSaving = signal(false);
  /** The request left the queue meanwhile: nothing more to do here. */
  protected readonly isSettled = signal(false);
  protected readonly message = signal<ReassignMessage | null>(null);

  /** Closes with no outcome (rather than `mat-dialog-close`'s empty string). */
  protected cancel(): void {
    this.dialogRef.close();
  }

  protected async save(): Promise<void> {
    if (this.isSaving() || this.isSettled()) {
      return;
    }
    this.message.set(null);
    const { agentUserId, reason } = this.form.getRawValue();
    const trimmed = reason.trim();
    if (trimmed.length > 0 && trimmed.length < REASON_MIN) {
      this.form.controls.reason.setErrors({
        minlength: { requiredLength: REASON_MIN, actualLength: trimmed.length },
      });
    }
    if (this.form.invalid || !agentUserId) {
      this.form.markAllAsTouched();
      this.message.set({ key: 'errors.checkFields', params: {}, detail: null });
      return;
    }
    this.isSaving.set(true);
    const result = await this.store.reassign(this.data.item, {
      agentUserId,
      reason: trimmed || this.transloco.translate('balance.reassign.defaultReason'),
    });
    this.isSaving.set(false);
    switch (result.kind) {
      case 'assigned':
        this.dialogRef.close({ number: this.data.item.number, agentName: result.agentName });
        return;
      case 'notInQueue':
        this.isSettled.set(true);
        this.message.set(notInQueueMessage(result.agentName));
        return;
      case 'problem': {
        const unmatched = applyServerErrors(this.form, result.problem.errors);
        const hasFieldErrors = result.problem.errors.length > 0 && unmatched.length === 0;
        this.message.set(reassignProblemMessage(result.problem, hasFieldErrors));
      }
    }
  }
}
