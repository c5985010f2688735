import { Injectable, type Injector, inject, signal } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { type ApiProblem, generalProblemKey } from '../core/api/api-problem';
import type { FollowUpDto } from '../core/api/generated/models/follow-up-dto';
import { formatCalendarDate } from '../core/i18n/date-format';
import { LanguageService } from '../core/i18n/language-service';
import { confirmAction } from '../shared/ui/confirm-dialog/confirm-dialog';
import type { FormOutcome } from '../shared/ui/form-message/form-message';
import { FollowUpCommands, isOutOfDate, outOfDateMessageKey } from './follow-up-commands';
import { addMonths } from './follow-up-dates';
import {
  FOLLOW_UP_DIALOG_SIZE,
  FollowUpDialog,
  type FollowUpDialogData,
  type FollowUpDialogOutcome,
} from './follow-up-dialog/follow-up-dialog';
import { noteSummary } from './follow-up-subject';
import type { FollowUpSubject } from './subject-follow-ups/subject-follow-ups.store';

/**
 * What the follow-up lists let the user do: mark done, cancel (after asking), edit and add in the dialog.
 * Each resolves with the message to show, after which the list is loaded again; or with null when nothing
 * was done (the user changed their mind).
 */
@Injectable()
export class FollowUpActions {
  private readonly commands = inject(FollowUpCommands);
  private readonly dialog = inject(MatDialog);
  private readonly locale = inject(LanguageService).locale;

  /** The follow-up whose change is on its way; its buttons wait meanwhile. */
  readonly busyId = signal<string | null>(null);

  async complete(followUp: FollowUpDto): Promise<FormOutcome> {
    this.busyId.set(followUp.id);
    const result = await this.commands.complete(followUp);
    this.busyId.set(null);
    if (!result.followUp) {
      return this.problemOutcome(result.problem);
    }
    const months = followUp.recurrenceMonths;
    if (result.followUp.nextFollowUpId && months) {
      // The server counts the next one from this one's due date, as addMonths does.
      const next = addMonths(followUp.dueDate, months);
      return {
        key: 'followUps.messages.doneNext',
        params: { note: noteSummary(followUp.note), date: formatCalendarDate(next, this.locale()) },
        isError: false,
      };
    }
    return { key: 'followUps.messages.done', params: { note: noteSummary(followUp.note) }, isError: false };
  }

  async cancel(followUp: FollowUpDto): Promise<FormOutcome | null> {
    const isConfirmed = await confirmAction(this.dialog, {
      titleKey: 'followUps.cancelDialog.title',
      messageKey: 'followUps.cancelDialog.message',
      confirmKey: 'followUps.cancelDialog.confirm',
      params: { note: noteSummary(followUp.note) },
    });
    if (!isConfirmed) {
      return null;
    }
    this.busyId.set(followUp.id);
    const result = await this.commands.cancel(followUp);
    this.busyId.set(null);
    return result.followUp
      ? { key: 'followUps.messages.cancelled', params: { note: noteSummary(followUp.note) }, isError: false }
      : this.problemOutcome(result.problem);
  }

  /** `injector`: the list's, through which the dialog finds the agents to offer. */
  async edit(followUp: FollowUpDto, injector: Injector): Promise<FormOutcome | null> {
    const outcome = await this.openDialog({ followUp }, injector);
    if (!outcome) {
      return null;
    }
    return outcome.followUp
      ? { key: 'followUps.messages.saved', isError: false }
      : this.problemOutcome(outcome.conflict);
  }

  async add(
    subject: FollowUpSubject,
    regionCode: string | null,
    injector: Injector,
  ): Promise<FormOutcome | null> {
    const outcome = await this.openDialog({ subject, regionCode }, injector);
    if (!outcome?.followUp) {
      return null;
    }
    return {
      key: 'followUps.messages.added',
      params: { date: formatCalendarDate(outcome.followUp.dueDate, this.locale()) },
      isError: false,
    };
  }

  private async openDialog(
    data: FollowUpDialogData,
    injector: Injector,
  ): Promise<FollowUpDialogOutcome | undefined> {
    const reference = this.dialog.open<FollowUpDialog, FollowUpDialogData, FollowUpDialogOutcome>(
      FollowUpDialog,
      { data, injector, ...FOLLOW_UP_DIALOG_SIZE },
    );
    return firstValueFrom(reference.afterClosed());
  }

  private problemOutcome(problem: ApiProblem): FormOutcome {
    return {
      key: isOutOfDate(problem) ? outOfDateMessageKey(problem) : generalProblemKey(problem),
      isError: true,
    };
  }
}
