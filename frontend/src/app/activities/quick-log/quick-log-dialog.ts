import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatChipListbox, type MatChipListboxChange, MatChipOption } from '@angular/material/chips';
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
import { MatTooltip } from '@angular/material/tooltip';
import { TranslocoPipe, provideTranslocoScope } from '@jsverse/transloco';
import { firstValueFrom, map, startWith } from 'rxjs';
import { type ApiProblem, generalProblemKey, toApiProblem } from '../../core/api/api-problem';
import { Api } from '../../core/api/generated/api';
import { activitiesCreate } from '../../core/api/generated/fn/activities/activities-create';
import { activitiesUpdate } from '../../core/api/generated/fn/activities/activities-update';
import { followUpsCreate } from '../../core/api/generated/fn/follow-ups/follow-ups-create';
import type { ActivityDto } from '../../core/api/generated/models/activity-dto';
import type { FieldErrorDto } from '../../core/api/generated/models/field-error-dto';
import { SERVER_ERROR_KEY } from '../../core/forms/server-errors';
import { FormMessage, type FormOutcome } from '../../shared/ui/form-message/form-message';
import { ACTIVITIES_SCOPE } from '../activities-translations';
import { ActivityFieldError } from '../activity-field-error/activity-field-error';
import { Icon } from '../../shared/ui/icon/icon';
import {
  ACTIVITY_NOTE_MAX,
  ACTIVITY_TYPES,
  DURATION_CHOICES,
  FOLLOW_UP_INTERVALS,
  MAX_DURATION_MINUTES,
} from '../activity-options';
import { ActivityReferenceData } from '../activity-reference-data';
import { ActivityUnitPicker } from '../unit-picker/activity-unit-picker';
import { TODAY } from '../today';
import {
  type QuickLogForm,
  type QuickLogValues,
  createActivityBody,
  followUpBody,
  quickLogForm,
  syncFollowUpNote,
  updateActivityBody,
} from './quick-log-form';

export interface QuickLogDialogData {
  /** The activity being edited; null logs a new one. */
  activity: ActivityDto | null;
  initial: QuickLogValues;
  caller: { id: string; name: string };
  /** Coordinators log work for any agent; agents only their own. */
  canChooseAgent: boolean;
}

/** How the dialog ended: saved (and whether a follow-up was added), or the activity changed meanwhile. */
export type QuickLogOutcome =
  | { activity: ActivityDto; followUp: 'none' | 'added' | 'failed'; conflict: null }
  | { activity: null; followUp: 'none'; conflict: ApiProblem };

// Error field names of the API and the form's controls that show them.
const FIELD_CONTROLS: Readonly<Record<string, keyof QuickLogForm['controls']>> = {
  agentUserId: 'agentUserId',
  date: 'date',
  type: 'type',
  durationMinutes: 'durationMinutes',
  unitIds: 'units',
  participantCount: 'participantCount',
  themeCodes: 'themeCodes',
  requestId: 'request',
  note: 'note',
};

/**
 * Logs an activity in a few keystrokes, or edits one. The defaults make the usual entry a matter of
 * choosing the unit: today, the type and length of the caller's last entry. Ctrl+Enter saves from any
 * field, Enter from a single-line one; Escape cancels.
 */
@Component({
  selector: 'crm-quick-log-dialog',
  templateUrl: './quick-log-dialog.html',
  styleUrl: './quick-log-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(ACTIVITIES_SCOPE)],
  host: {
    '(keydown.control.enter)': 'submitFromKeyboard($event)',
    '(keydown.meta.enter)': 'submitFromKeyboard($event)',
  },
  imports: [
    ActivityFieldError,
    Icon,
    ActivityUnitPicker,
    FormMessage,
    MatButton,
    MatChipListbox,
    MatChipOption,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatHint,
    MatIconButton,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    MatTooltip,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
})
export class QuickLogDialog {
  private readonly api = inject(Api);
  private readonly referenceData = inject(ActivityReferenceData);
  private readonly dialogRef = inject<MatDialogRef<QuickLogDialog, QuickLogOutcome>>(MatDialogRef);
  private readonly today = inject(TODAY)();

  protected readonly data = inject<QuickLogDialogData>(MAT_DIALOG_DATA);
  protected readonly isEdit = this.data.activity !== null;
  protected readonly form = quickLogForm(this.data.initial, this.today);
  protected readonly types = ACTIVITY_TYPES;
  protected readonly durationChoices = DURATION_CHOICES;
  protected readonly followUpIntervals = FOLLOW_UP_INTERVALS;
  protected readonly maxDuration = MAX_DURATION_MINUTES;
  protected readonly noteMax = ACTIVITY_NOTE_MAX;
  protected readonly todayDate = this.today;
  protected readonly themeOptions = this.referenceData.themeOptions;
  protected readonly agentOptions = computed(() =>
    this.referenceData.agentOptions().filter((agent) => agent.userId !== this.data.caller.id),
  );
  protected readonly isSaving = signal(false);
  protected readonly formMessage = signal<FormOutcome | null>(null);
  protected readonly duration = toSignal(
    this.form.controls.durationMinutes.valueChanges.pipe(startWith(this.form.controls.durationMinutes.value)),
    { requireSync: true },
  );
  protected readonly hasFollowUp = toSignal(
    this.form.controls.followUpIn.valueChanges.pipe(
      startWith(this.form.controls.followUpIn.value),
      map((interval) => interval !== 'none'),
    ),
    { requireSync: true },
  );
  protected readonly request = toSignal(
    this.form.controls.request.valueChanges.pipe(startWith(this.form.controls.request.value)),
    { requireSync: true },
  );
  protected readonly noteLength = toSignal(
    this.form.controls.note.valueChanges.pipe(
      startWith(this.form.controls.note.value),
      map((note) => note.length),
    ),
    { requireSync: true },
  );

  constructor() {
    void this.referenceData.loadThemes();
    if (this.data.canChooseAgent && !this.isEdit) {
      void this.referenceData.loadAgents();
    }
    this.form.controls.followUpIn.valueChanges
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => syncFollowUpNote(this.form));
  }

  protected setDuration(change: MatChipListboxChange): void {
    // Choosing the selected chip again deselects it; the minutes stay as they are.
    if (typeof change.value === 'number') {
      this.form.controls.durationMinutes.setValue(change.value);
      this.form.controls.durationMinutes.markAsDirty();
    }
  }

  protected removeRequest(): void {
    this.form.controls.request.setValue(null);
  }

  protected submitFromKeyboard(event: Event): void {
    event.preventDefault();
    void this.save();
  }

  protected async save(): Promise<void> {
    if (this.isSaving()) {
      return;
    }
    this.formMessage.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.formMessage.set({ key: 'errors.checkFields', isError: true });
      return;
    }
    this.isSaving.set(true);
    const activity = this.data.activity;
    try {
      const saved = activity
        ? await firstValueFrom(
            this.api.invoke(activitiesUpdate, {
              id: activity.id,
              body: updateActivityBody(this.form, activity.version),
            }),
          )
        : await firstValueFrom(
            this.api.invoke(activitiesCreate, { body: createActivityBody(this.form, this.data.caller.id) }),
          );
      const followUp = activity ? 'none' : await this.addFollowUp(saved);
      this.dialogRef.close({ activity: saved, followUp, conflict: null });
    } catch (error) {
      this.isSaving.set(false);
      this.showProblem(toApiProblem(error));
    }
  }

  /** The follow-up about the new activity; the activity stays logged even when this fails. */
  private async addFollowUp(activity: ActivityDto): Promise<'none' | 'added' | 'failed'> {
    const body = followUpBody(this.form, activity, this.data.caller.id, this.today);
    if (!body) {
      return 'none';
    }
    try {
      await firstValueFrom(this.api.invoke(followUpsCreate, { body }));
      return 'added';
    } catch {
      return 'failed';
    }
  }

  private showProblem(problem: ApiProblem): void {
    // Edited meanwhile, or deleted: the page shows the log as it is now and says why.
    if (this.isEdit && (problem.status === 409 || problem.status === 404)) {
      this.dialogRef.close({ activity: null, followUp: 'none', conflict: problem });
      return;
    }
    const unmatched = this.applyFieldErrors(problem.errors);
    this.formMessage.set({
      key:
        problem.errors.length > 0 && unmatched.length === 0
          ? 'errors.checkFields'
          : generalProblemKey(problem),
      isError: true,
    });
  }

  /** Puts each field error on its control; returns those that match none. */
  private applyFieldErrors(errors: readonly FieldErrorDto[]): readonly FieldErrorDto[] {
    return errors.filter((error) => {
      const name = FIELD_CONTROLS[error.field];
      const control: AbstractControl | undefined = name ? this.form.controls[name] : undefined;
      if (!control) {
        return true;
      }
      control.setErrors({ ...(control.errors ?? {}), [SERVER_ERROR_KEY]: error.code });
      control.markAsTouched();
      return false;
    });
  }
}
