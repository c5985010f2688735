import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LANGUAGE_NAMES } from '../../../core/i18n/language';
import { LanguageService } from '../../../core/i18n/language-service';
import { HelsinkiTimePipe } from '../../../shared/ui/dates/helsinki-time-pipe';
import { OutboxEmailStore } from '../outbox-email.store';
import { statusBadgeClass, statusKey, templateKey } from '../outbox-labels';
import { OutboxStore } from '../outbox.store';
import { splitLinks } from '../text-with-links';

/**
 * `/admin/outbox/:id`: one outgoing email, its delivery state and its plain text. The HTML version says the
 * same; it is left out because a script-less sandboxed frame, the only safe way to show it, stops axe scans
 * from finishing.
 */
@Component({
  selector: 'crm-outbox-email',
  templateUrl: './outbox-email.html',
  styleUrl: './outbox-email.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [HelsinkiTimePipe, MatProgressBar, RouterLink, TranslocoPipe],
})
export class OutboxEmail {
  private readonly store = inject(OutboxEmailStore);

  /** The `:id` route parameter, bound by the router. */
  readonly id = input.required<string>();

  protected readonly locale = inject(LanguageService).locale;
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly email = this.store.email;
  protected readonly isLoading = this.store.isLoading;
  protected readonly loadProblem = this.store.loadProblem;
  protected readonly listParams = inject(OutboxStore).listParams;
  protected readonly textSegments = computed(() => splitLinks(this.email()?.textBody ?? ''));
  protected readonly statusKey = statusKey;
  protected readonly statusBadgeClass = statusBadgeClass;
  protected readonly templateKey = templateKey;

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
  }
}
