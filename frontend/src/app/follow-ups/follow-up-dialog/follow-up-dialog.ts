import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  DateAdapter,
  MAT_DATE_FORMATS,
  MAT_DATE_LOCALE,
  MAT_NATIVE_DATE_FORMATS,
} from '@angular/material/core';
import {
  MatDatepicker,
  MatDatepickerInput,
  MatDatepickerIntl,
  MatDatepickerToggle,
} from '@angular/material/datepicker';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoPipe, TranslocoService, provideTranslocoScope } from '@jsverse/transloco';
import { map } from 'rxjs';
import { type ApiProblem, generalProblemKey } from '../../core/api/api-problem';
import type { CreateFollowUpDto } from '../../core/api/generated/models/create-follow-up-dto';
import type { FollowUpDto } from '../../core/api/generated/models/follow-up-dto';
import { AuthStore } from '../../core/auth/auth.store';
import { applyServerErrors } from '../../core/forms/server-errors';
import { wholeNumberValidator } from '../../core/forms/whole-number';
import { formatCalendarDate, todayInHelsinki } from '../../core/i18n/date-format';
import { LanguageService } from '../../core/i18n/language-service';
import { FormMessage, type FormOutcome } from '../../shared/ui/form-message/form-message';
import { FollowUpAgents } from '../follow-up-agents';
import { type FollowUpChanges, FollowUpCommands, isOutOfDate } from '../follow-up-commands';
import { addDays, addMonths, fromCalendarDate, toCalendarDate } from '../follow-up-dates';
import { FollowUpFieldError } from '../follow-up-field-error/follow-up-field-error';
import { followUpFieldErrorMessage } from '../follow-up-field-error/follow-up-field-error-message';
import {
  DEFAULT_RECURRENCE_MONTHS,
  FOLLOW_UP_NOTE_MAX,
  QUICK_DUE_DATES,
  RECURRENCE_MONTHS_MAX,
  RECURRENCE_MONTHS_MIN,
} from '../follow-up-options';
import { subjectLabel } from '../follow-up-subject';
import { FOLLOW_UPS_SCOPE } from '../follow-ups-translations';
import type { FollowUpSubject } from '../subject-follow-ups/subject-follow-ups.store';
import { CalendarDateAdapter } from './calendar-date-adapter';
import { LocalizedDatepickerIntl } from './localized-datepicker-intl';

export interface FollowUpDialogData {
  /** Adding one: what it is about. */
  subject?: FollowUpSubject;
  /** Adding one: the subject's region, whose agents may be given it (all agents are offered when null). */
  regionCode?: string | null;
  /** Editing one: the follow-up as shown. */
  followUp?: FollowUpDto;
}

/**
 * How the dialog ended: the follow-up was saved, or the one shown was out of date (the opener reloads and
 * says why). Any other problem stays in the dialog for the user to fix; cancelling gives `undefined`.
 */
export type FollowUpDialogOutcome =
  { followUp: FollowUpDto; conflict: null } | { followUp: null; conflict: ApiProblem };

/** Size of the dialog: comfortable on a laptop, the whole width (less a margin) on a phone. */
export const FOLLOW_UP_DIALOG_SIZE = {
  width: 'min(560px, calc(100vw - 32px))',
  maxWidth: 'calc(100vw - 32px)',
} as const;

interface AssigneeOption {
  userId: string;
  name: string;
  isMe: boolean;
}

/** Adds a follow-up about a unit or a request, or edits (reschedules, reassigns) one. */
@Component({
  selector: 'crm-follow-up-dialog',
  templateUrl: './follow-up-dialog.html',
  styleUrl: './follow-up-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [
    provideTranslocoScope(FOLLOW_UPS_SCOPE),
    { provide: MAT_DATE_LOCALE, useFactory: () => inject(LanguageService).locale() },
    { provide: DateAdapter, useClass: CalendarDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: MAT_NATIVE_DATE_FORMATS },
    { provide: MatDatepickerIntl, useClass: LocalizedDatepickerIntl },
  ],
  imports: [
    FollowUpFieldError,
    FormMessage,
    MatButton,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
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
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
    MatSuffix,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
})
export class FollowUpDialog {
  private readonly commands = inject(FollowUpCommands);
  private readonly agents = inject(FollowUpAgents, { optional: true });
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService).language;
  private readonly me = inject(AuthStore).user;
  private readonly dialogRef = inject<MatDialogRef<FollowUpDialog, FollowUpDialogOutcome>>(MatDialogRef);
  private readonly today = todayInHelsinki();

  protected readonly data = inject<FollowUpDialogData>(MAT_DIALOG_DATA);
  protected readonly locale = inject(LanguageService).locale;
  protected readonly followUp = this.data.followUp ?? null;
  protected readonly isCoordinator = computed(() => this.me()?.role === 'coordinator');
  protected readonly noteMax = FOLLOW_UP_NOTE_MAX;
  protected readonly monthsMin = RECURRENCE_MONTHS_MIN;
  protected readonly monthsMax = RECURRENCE_MONTHS_MAX;
  protected readonly quickDueDates = QUICK_DUE_DATES;
  /** Not before today; an overdue one being edited may keep its date. */
  protected readonly minDate = fromCalendarDate(
    this.followUp && this.followUp.dueDate < this.today ? this.followUp.dueDate : this.today,
  );
  protected readonly subject = this.followUp
    ? subjectLabel(this.followUp, this.language(), (activity) =>
        this.transloco.translate('followUps.item.activity', {
          type: this.transloco.translate(`followUps.activityTypes.${activity.type}`),
          date: formatCalendarDate(activity.date, this.locale()),
        }),
      )
    : null;
  protected readonly form = inject(NonNullableFormBuilder).group({
    dueDate: new FormControl<Date | null>(
      this.followUp ? fromCalendarDate(this.followUp.dueDate) : null,
      Validators.required,
    ),
    note: [this.followUp?.note ?? '', [Validators.required, Validators.maxLength(FOLLOW_UP_NOTE_MAX)]],
    assigneeUserId: [this.followUp?.assigneeUserId ?? this.me()?.id ?? ''],
    isRecurring: [(this.followUp?.recurrenceMonths ?? null) !== null],
    recurrenceMonths: new FormControl<number | null>(
      { value: this.followUp?.recurrenceMonths ?? DEFAULT_RECURRENCE_MONTHS, disabled: true },
      [
        Validators.required,
        Validators.min(RECURRENCE_MONTHS_MIN),
        Validators.max(RECURRENCE_MONTHS_MAX),
        wholeNumberValidator,
      ],
    ),
  });
  protected readonly isRecurring = toSignal(this.form.controls.isRecurring.valueChanges, {
    initialValue: this.form.controls.isRecurring.value,
  });
  protected readonly noteLength = toSignal(
    this.form.controls.note.valueChanges.pipe(map((value) => value.length)),
    { initialValue: this.form.controls.note.value.length },
  );
  /**
   * Whom it may be given: oneself; coordinators also the agents of the subject's region; and, when editing,
   * whoever has it now.
   */
  protected readonly assigneeOptions = computed<readonly AssigneeOption[]>(() => {
    const me = this.me();
    const options: AssigneeOption[] = me ? [{ userId: me.id, name: me.displayName, isMe: true }] : [];
    if (this.isCoordinator() && this.agents) {
      const regionCode = this.followUp ? this.followUp.regionCode : (this.data.regionCode ?? null);
      for (const agent of this.agents.agents()) {
        if (regionCode === null || agent.regionCodes.includes(regionCode)) {
          options.push({ userId: agent.userId, name: agent.displayName, isMe: false });
        }
      }
    }
    const current = this.followUp;
    if (current && !options.some((option) => option.userId === current.assigneeUserId)) {
      options.push({ userId: current.assigneeUserId, name: current.assigneeName, isMe: false });
    }
    return options;
  });
  protected readonly canChooseAssignee = computed(() => this.assigneeOptions().length > 1);
  protected readonly isSaving = signal(false);
  protected readonly formMessage = signal<FormOutcome | null>(null);
  /** Read out after a quick choice, which changes the date field without moving to it. */
  protected readonly chosenDate = signal('');

  constructor() {
    if (this.isCoordinator()) {
      void this.agents?.load();
    }
    effect(() => {
      const { recurrenceMonths } = this.form.controls;
      if (this.isRecurring()) {
        recurrenceMonths.enable();
      } else {
        recurrenceMonths.disable();
      }
    });
  }

  protected chooseQuickDate(days: number, months: number): void {
    const date = addMonths(addDays(this.today, days), months);
    const control = this.form.controls.dueDate;
    control.setValue(fromCalendarDate(date));
    control.markAsDirty();
    control.markAsTouched();
    this.chosenDate.set(
      this.transloco.translate('followUps.dialog.dateChosen', {
        date: formatCalendarDate(date, this.locale()),
      }),
    );
  }

  protected async save(): Promise<void> {
    this.formMessage.set(null);
    const { note } = this.form.controls;
    if (note.value.trim() === '') {
      note.setErrors({ required: true });
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.formMessage.set({ key: 'errors.checkFields', isError: true });
      return;
    }
    const followUp = this.followUp;
    const changes = followUp ? this.changesTo(followUp) : null;
    if (followUp && changes && Object.keys(changes).length === 0) {
      this.dialogRef.close({ followUp, conflict: null });
      return;
    }
    this.isSaving.set(true);
    const result =
      followUp && changes
        ? await this.commands.update(followUp, changes)
        : await this.commands.create(this.newFollowUp());
    this.isSaving.set(false);
    if (result.followUp) {
      this.dialogRef.close({ followUp: result.followUp, conflict: null });
      return;
    }
    const problem = result.problem;
    if (followUp && isOutOfDate(problem)) {
      this.dialogRef.close({ followUp: null, conflict: problem });
      return;
    }
    this.showProblem(problem);
  }

  private showProblem(problem: ApiProblem): void {
    const unmatched = applyServerErrors(this.form, problem.errors);
    // Without a choice of assignee the field is not shown: its error is told for the whole form.
    const hiddenAssigneeError = this.canChooseAssignee()
      ? null
      : problem.errors.find((error) => error.field === 'assigneeUserId');
    if (hiddenAssigneeError) {
      const message = followUpFieldErrorMessage({ server: hiddenAssigneeError.code });
      this.formMessage.set({ key: message?.key ?? 'errors.checkFields', isError: true });
      return;
    }
    const isSubjectRefused = unmatched.some(
      (error) => error.field === 'unitId' || error.field === 'requestId' || error.field === 'activityId',
    );
    this.formMessage.set({
      key: isSubjectRefused
        ? 'followUps.dialog.subjectRefused'
        : problem.errors.length > 0 && unmatched.length === 0
          ? 'errors.checkFields'
          : generalProblemKey(problem),
      isError: true,
    });
  }

  private values(): {
    dueDate: string;
    note: string;
    assigneeUserId: string;
    recurrenceMonths: number | null;
  } {
    const { dueDate, note, assigneeUserId, isRecurring, recurrenceMonths } = this.form.getRawValue();
    return {
      dueDate: dueDate ? toCalendarDate(dueDate) : '',
      note: note.trim(),
      assigneeUserId,
      recurrenceMonths: isRecurring && recurrenceMonths !== null ? Number(recurrenceMonths) : null,
    };
  }

  private newFollowUp(): CreateFollowUpDto {
    const { dueDate, note, assigneeUserId, recurrenceMonths } = this.values();
    return {
      ...this.data.subject,
      dueDate,
      note,
      // The server gives it to the caller by default.
      ...(assigneeUserId && assigneeUserId !== this.me()?.id ? { assigneeUserId } : {}),
      ...(recurrenceMonths !== null ? { recurrenceMonths } : {}),
    };
  }

  /** Only what was changed, so that the audit trail shows the change and nothing else. */
  private changesTo(followUp: FollowUpDto): FollowUpChanges {
    const values = this.values();
    const changes: FollowUpChanges = {};
    if (values.dueDate !== followUp.dueDate) {
      changes.dueDate = values.dueDate;
    }
    if (values.note !== followUp.note) {
      changes.note = values.note;
    }
    if (values.assigneeUserId && values.assigneeUserId !== followUp.assigneeUserId) {
      changes.assigneeUserId = values.assigneeUserId;
    }
    if (values.recurrenceMonths !== followUp.recurrenceMonths) {
      changes.recurrenceMonths = values.recurrenceMonths;
    }
    return changes;
  }
}
