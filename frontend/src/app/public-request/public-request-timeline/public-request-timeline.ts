import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language-service';
import { HelsinkiTimePipe } from '../../shared/ui/dates/helsinki-time-pipe';
import type { TimelineEvent } from '../public-request-options';

interface EventTitle {
  key: string;
  params: Record<string, unknown>;
  /** Status label keys of a status change, translated into `params` in the template. */
  fromKey: string | null;
  toKey: string | null;
}

const TIMELINE = 'publicRequest.status.timeline';

// Entries written together (a reply and the status change it causes) can share a timestamp, and the server
// then orders them by their random ids; what causes a change comes first.
const KIND_ORDER: Readonly<Record<TimelineEvent['kind'], number>> = {
  created: 0,
  assignment: 1,
  note: 2,
  message: 2,
  reply: 2,
  rating: 2,
  status_change: 3,
};

/** Oldest first; entries of the same moment in cause-and-effect order. */
export function chronological(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(
    (first, second) =>
      first.createdAt.localeCompare(second.createdAt) || KIND_ORDER[first.kind] - KIND_ORDER[second.kind],
  );
}

function title(key: string, params: Record<string, unknown> = {}): EventTitle {
  return { key: `${TIMELINE}.${key}`, params, fromKey: null, toKey: null };
}

/** The line that says what happened, from the requester's point of view. */
export function eventTitle(event: TimelineEvent): EventTitle {
  switch (event.kind) {
    case 'created':
      return title('created');
    case 'assignment':
      return title('assignment');
    case 'status_change':
      if (event.toStatus === 'cancelled' && event.authorKind === 'requester') {
        return title('cancelledByYou');
      }
      return {
        ...title('statusChange'),
        fromKey: `publicRequest.statuses.${event.fromStatus}`,
        toKey: `publicRequest.statuses.${event.toStatus}`,
      };
    case 'message':
      return event.authorName ? title('message', { name: event.authorName }) : title('messageUnnamed');
    case 'reply':
      // A reply by another user of the requester's unit (signed in) names its author.
      return event.authorKind === 'staff' && event.authorName
        ? title('replyFrom', { name: event.authorName })
        : title('reply');
    case 'rating':
      return title('rating', { rating: event.rating });
    default:
      return title('note');
  }
}

/** What happened to the request, oldest first, as the requester may see it. */
@Component({
  selector: 'crm-public-request-timeline',
  templateUrl: './public-request-timeline.html',
  styleUrl: './public-request-timeline.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [HelsinkiTimePipe, TranslocoPipe],
})
export class PublicRequestTimeline {
  readonly events = input.required<readonly TimelineEvent[]>();

  protected readonly locale = inject(LanguageService).locale;
  protected readonly items = computed(() =>
    chronological(this.events()).map((event) => ({ event, title: eventTitle(event) })),
  );
}
