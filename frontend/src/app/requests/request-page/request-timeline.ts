import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { TimelineEventDto } from '../../core/api/generated/models/timeline-event-dto';
import { LanguageService } from '../../core/i18n/language-service';
import { HelsinkiTimePipe } from '../../shared/ui/dates/helsinki-time-pipe';
import { Icon, type IconName } from '../../shared/ui/icon/icon';
import type { TimelineKind } from '../request-options';

const ICONS: Readonly<Record<TimelineKind, IconName>> = {
  created: 'add',
  assignment: 'person',
  status_change: 'arrow',
  message: 'mail',
  note: 'lock',
  reply: 'reply',
  rating: 'star',
};

/** What happened to a request, oldest first; internal entries (staff only) stand out from the rest. */
@Component({
  selector: 'crm-request-timeline',
  templateUrl: './request-timeline.html',
  styleUrl: './request-timeline.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [HelsinkiTimePipe, Icon, TranslocoPipe],
})
export class RequestTimeline {
  readonly events = input.required<readonly TimelineEventDto[]>();

  protected readonly locale = inject(LanguageService).locale;
  protected readonly icon = (event: TimelineEventDto): IconName => ICONS[event.kind];
  /** The translation key naming who wrote an entry that has no signed-in author. */
  protected readonly authorKey = (event: TimelineEventDto): string =>
    `requests.timeline.authors.${event.authorKind}`;
}
