import {
  type AbstractControl,
  FormControl,
  FormGroup,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import type { ActivityDto } from '../../core/api/generated/models/activity-dto';
import type { ActivityRequestRefDto } from '../../core/api/generated/models/activity-request-ref-dto';
import type { ActivityUnitDto } from '../../core/api/generated/models/activity-unit-dto';
import type { CreateActivityDto } from '../../core/api/generated/models/create-activity-dto';
import type { CreateFollowUpDto } from '../../core/api/generated/models/create-follow-up-dto';
import type { UpdateActivityDto } from '../../core/api/generated/models/update-activity-dto';
import { wholeNumberValidator } from '../../core/forms/whole-number';
import {
  ACTIVITY_NOTE_MAX,
  type ActivityType,
  FOLLOW_UP_NOTE_MAX,
  type FollowUpInterval,
  MAX_DURATION_MINUTES,
  MAX_PARTICIPANTS,
  MAX_THEMES_PER_ACTIVITY,
  MAX_UNITS_PER_ACTIVITY,
  followUpDueDate,
} from '../activity-options';

/** The earliest date the server takes (the network started in 2020; older entries are typos). */
export const EARLIEST_ACTIVITY_DATE = '2015-01-01';

/** What the quick-log dialog starts with. */
export interface QuickLogValues {
  /** Whose work it was (coordinators choose); the caller's own id by default. */
  agentUserId: string;
  date: string;
  type: ActivityType;
  durationMinutes: number;
  units: readonly ActivityUnitDto[];
  participantCount: number | null;
  themeCodes: readonly string[];
  request: ActivityRequestRefDto | null;
  note: string;
  followUpIn: FollowUpInterval;
  followUpNote: string;
}

export type QuickLogForm = FormGroup<{
  agentUserId: FormControl<string>;
  date: FormControl<string>;
  type: FormControl<ActivityType>;
  durationMinutes: FormControl<number | null>;
  units: FormControl<readonly ActivityUnitDto[]>;
  participantCount: FormControl<number | null>;
  themeCodes: FormControl<readonly string[]>;
  request: FormControl<ActivityRequestRefDto | null>;
  note: FormControl<string>;
  followUpIn: FormControl<FollowUpInterval>;
  followUpNote: FormControl<string>;
}>;

/** A calendar date not after `today` and not before the earliest the server takes. */
function activityDateValidator(today: string): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const value = control.value;
    if (!value) {
      return null;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      return { date: true };
    }
    if (value > today) {
      return { future: true };
    }
    return value < EARLIEST_ACTIVITY_DATE ? { tooEarly: true } : null;
  };
}

function unitsValidator(control: AbstractControl<readonly ActivityUnitDto[]>): ValidationErrors | null {
  const count = control.value.length;
  if (count === 0) {
    return { unitsRequired: true };
  }
  return count > MAX_UNITS_PER_ACTIVITY ? { tooManyUnits: true } : null;
}

function themesValidator(control: AbstractControl<readonly string[]>): ValidationErrors | null {
  return control.value.length > MAX_THEMES_PER_ACTIVITY ? { tooManyThemes: true } : null;
}

/**
 * The quick-log form. The follow-up note is enabled only while a follow-up is chosen, so it is required
 * then and left out otherwise.
 */
export function quickLogForm(values: QuickLogValues, today: string): QuickLogForm {
  const form: QuickLogForm = new FormGroup({
    agentUserId: new FormControl(values.agentUserId, { nonNullable: true }),
    date: new FormControl(values.date, {
      nonNullable: true,
      validators: [Validators.required, activityDateValidator(today)],
    }),
    type: new FormControl(values.type, { nonNullable: true, validators: Validators.required }),
    durationMinutes: new FormControl<number | null>(values.durationMinutes, [
      Validators.required,
      Validators.min(1),
      Validators.max(MAX_DURATION_MINUTES),
      wholeNumberValidator,
    ]),
    units: new FormControl<readonly ActivityUnitDto[]>(values.units, {
      nonNullable: true,
      validators: unitsValidator,
    }),
    participantCount: new FormControl<number | null>(values.participantCount, [
      Validators.min(0),
      Validators.max(MAX_PARTICIPANTS),
      wholeNumberValidator,
    ]),
    themeCodes: new FormControl<readonly string[]>(values.themeCodes, {
      nonNullable: true,
      validators: themesValidator,
    }),
    request: new FormControl<ActivityRequestRefDto | null>(values.request),
    note: new FormControl(values.note, {
      nonNullable: true,
      validators: Validators.maxLength(ACTIVITY_NOTE_MAX),
    }),
    followUpIn: new FormControl<FollowUpInterval>(values.followUpIn, { nonNullable: true }),
    followUpNote: new FormControl(values.followUpNote, {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(FOLLOW_UP_NOTE_MAX)],
    }),
  });
  syncFollowUpNote(form);
  return form;
}

/** Enables the follow-up note exactly when a follow-up is chosen. */
export function syncFollowUpNote(form: QuickLogForm): void {
  const note = form.controls.followUpNote;
  if (form.controls.followUpIn.value === 'none') {
    note.disable({ emitEvent: false });
  } else {
    note.enable({ emitEvent: false });
  }
}

/** The fields of the activity as the API takes them (create and update alike). */
function activityFields(form: QuickLogForm): Omit<CreateActivityDto, 'agentUserId'> {
  const value = form.getRawValue();
  const note = value.note.trim();
  return {
    date: value.date,
    type: value.type,
    durationMinutes: Number(value.durationMinutes),
    unitIds: value.units.map((unit) => unit.id),
    participantCount: value.participantCount === null ? null : Number(value.participantCount),
    themeCodes: [...value.themeCodes],
    requestId: value.request?.id ?? null,
    note: note === '' ? null : note,
  };
}

/** The body of `POST /activities`; the agent is named only when it is not the caller. */
export function createActivityBody(form: QuickLogForm, callerId: string): CreateActivityDto {
  const agentUserId = form.controls.agentUserId.value;
  return { ...activityFields(form), ...(agentUserId && agentUserId !== callerId ? { agentUserId } : {}) };
}

/** The body of `PATCH /activities/{id}`, with the version read. */
export function updateActivityBody(form: QuickLogForm, version: number): UpdateActivityDto {
  return { ...activityFields(form), version };
}

/**
 * The body of `POST /follow-ups` about a logged activity, or null when no follow-up was chosen. A
 * coordinator logging an agent's work gives the agent the follow-up too.
 */
export function followUpBody(
  form: QuickLogForm,
  activity: ActivityDto,
  callerId: string,
  today: string,
): CreateFollowUpDto | null {
  const interval = form.controls.followUpIn.value;
  if (interval === 'none') {
    return null;
  }
  return {
    activityId: activity.id,
    dueDate: followUpDueDate(activity.date, interval, today),
    note: form.controls.followUpNote.value.trim(),
    ...(activity.agentUserId !== callerId ? { assigneeUserId: activity.agentUserId } : {}),
  };
}
