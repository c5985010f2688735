import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AssignmentDto } from '../../../core/api/generated/models/assignment-dto';
import { setControlError } from '../../../core/forms/server-errors';
import { todayInHelsinki } from '../../../core/i18n/date-format';
import { LanguageService } from '../../../core/i18n/language-service';
import { confirmAction } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { CalendarDatePipe } from '../../../shared/ui/dates/calendar-date-pipe';
import { FieldError } from '../../../shared/ui/field-error/field-error';
import { FormMessage, type FormOutcome } from '../../../shared/ui/form-message/form-message';
import { RegionDirectory } from '../../region-directory';
import { AgentStore } from '../agent.store';
import { assignmentProblemOutcome } from '../assignment-problem';

export type AssignmentPhase = 'current' | 'upcoming' | 'ended';

export function assignmentPhase(assignment: AssignmentDto, today: string): AssignmentPhase {
  if (assignment.isCurrent) {
    return 'current';
  }
  return assignment.validFrom > today ? 'upcoming' : 'ended';
}

/** The agent's region assignments, newest first, with ending and removing. */
@Component({
  selector: 'crm-agent-assignments',
  templateUrl: './agent-assignments.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CalendarDatePipe,
    FieldError,
    FormMessage,
    MatButton,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
})
export class AgentAssignments {
  private readonly store = inject(AgentStore);
  private readonly dialog = inject(MatDialog);
  private readonly regionDirectory = inject(RegionDirectory);

  protected readonly locale = inject(LanguageService).locale;
  protected readonly regionName = this.regionDirectory.nameOf;
  protected readonly rows = computed(() => {
    const today = todayInHelsinki();
    return this.store
      .assignments()
      .map((assignment) => ({ assignment, phase: assignmentPhase(assignment, today) }));
  });
  /** The assignment whose end date is being chosen. */
  protected readonly endingId = signal<string | null>(null);
  protected readonly endDate = new FormControl(todayInHelsinki(), {
    nonNullable: true,
    validators: [Validators.required],
  });
  protected readonly message = signal<FormOutcome | null>(null);
  protected readonly isSaving = signal(false);

  protected startEnding(assignment: AssignmentDto): void {
    const today = todayInHelsinki();
    this.endDate.reset(assignment.validFrom > today ? assignment.validFrom : today);
    this.endingId.set(assignment.id);
    this.message.set(null);
  }

  protected cancelEnding(): void {
    this.endingId.set(null);
  }

  protected async end(assignment: AssignmentDto): Promise<void> {
    const validTo = this.endDate.value;
    if (!validTo || validTo < assignment.validFrom) {
      setControlError(this.endDate, validTo ? 'dateOrder' : 'required');
      return;
    }
    this.isSaving.set(true);
    const result = await this.store.endAssignment(assignment, validTo);
    this.isSaving.set(false);
    const region = this.regionName()(assignment.regionCode);
    if (result) {
      this.message.set(assignmentProblemOutcome(result, this.regionName(), this.locale()));
      return;
    }
    this.endingId.set(null);
    this.message.set({ key: 'admin.agent.assignmentEnded', params: { region }, isError: false });
  }

  protected async remove(assignment: AssignmentDto): Promise<void> {
    const region = this.regionName()(assignment.regionCode);
    const isConfirmed = await confirmAction(this.dialog, {
      titleKey: 'admin.agent.removeTitle',
      messageKey: 'admin.agent.removeMessage',
      confirmKey: 'admin.agent.remove',
      params: { region },
    });
    if (!isConfirmed) {
      return;
    }
    const result = await this.store.removeAssignment(assignment);
    this.message.set(
      result
        ? assignmentProblemOutcome(result, this.regionName(), this.locale())
        : { key: 'admin.agent.assignmentRemoved', params: { region }, isError: false },
    );
  }
}
