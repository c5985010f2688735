import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { FollowUpDto } from '../../core/api/generated/models/follow-up-dto';
import { LanguageService } from '../../core/i18n/language-service';
import { CalendarDatePipe } from '../../shared/ui/dates/calendar-date-pipe';
import { HelsinkiTimePipe } from '../../shared/ui/dates/helsinki-time-pipe';
import { noteSummary, unitNameIn } from '../follow-up-subject';

/**
 * One follow-up: when it is due (or when it was done or cancelled), what to do, what it is about, how it
 * repeats and, on request, whose it is; with Done, Edit and Cancel while it is open. Goes inside an `<li>`.
 */
@Component({
  selector: 'crm-follow-up-item',
  templateUrl: './follow-up-item.html',
  styleUrl: './follow-up-item.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CalendarDatePipe, HelsinkiTimePipe, MatButton, RouterLink, TranslocoPipe],
})
export class FollowUpItem {
  private readonly language = inject(LanguageService).language;

  readonly followUp = input.required<FollowUpDto>();
  /** Off where every follow-up shown is about the same subject (the subject's own page). */
  readonly isSubjectShown = input(true);
  readonly isAssigneeShown = input(false);
  /** Shows the overdue/today badge where the list is not grouped by due date. */
  readonly isDueBadgeShown = input(false);
  /** While a change of this follow-up is on its way, its buttons wait. */
  readonly isBusy = input(false);

  readonly markDone = output<FollowUpDto>();
  readonly edit = output<FollowUpDto>();
  readonly markCancelled = output<FollowUpDto>();

  protected readonly locale = inject(LanguageService).locale;
  protected readonly isOpen = computed(() => this.followUp().status === 'open');
  protected readonly unitName = computed(() => {
    const unit = this.followUp().unit;
    return unit ? unitNameIn(unit, this.language()) : null;
  });
  /** Names the follow-up in its buttons' accessible names, which would otherwise all read alike. */
  protected readonly summary = computed(() => noteSummary(this.followUp().note));
  protected readonly dueBadge = computed(() => {
    const bucket = this.followUp().bucket;
    return this.isDueBadgeShown() && (bucket === 'overdue' || bucket === 'today') ? bucket : null;
  });
}
