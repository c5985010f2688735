import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslocoPipe, provideTranslocoScope } from '@jsverse/transloco';
import type { FollowUpDto } from '../../core/api/generated/models/follow-up-dto';
import { AuthStore } from '../../core/auth/auth.store';
import { FormMessage, type FormOutcome } from '../../shared/ui/form-message/form-message';
import { FollowUpActions } from '../follow-up-actions';
import { FollowUpAgents } from '../follow-up-agents';
import { keepFocus } from '../follow-up-focus';
import { FollowUpItem } from '../follow-up-item/follow-up-item';
import { FOLLOW_UPS_SCOPE } from '../follow-ups-translations';
import { type FollowUpSubject, SubjectFollowUpsStore } from './subject-follow-ups.store';

let nextId = 0;

/**
 * The follow-ups about one unit (with those about its requests and activities) or one request: the open
 * ones soonest due first, then the newest done or cancelled; with Add, Done, Edit and Cancel. For the
 * unit's and the request's pages, staff only; it brings its own translations.
 */
@Component({
  selector: 'crm-subject-follow-ups',
  templateUrl: './subject-follow-ups.html',
  styleUrl: './subject-follow-ups.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [
    provideTranslocoScope(FOLLOW_UPS_SCOPE),
    SubjectFollowUpsStore,
    FollowUpAgents,
    FollowUpActions,
  ],
  imports: [FollowUpItem, FormMessage, MatButton, MatProgressBar, TranslocoPipe],
})
export class SubjectFollowUps {
  private readonly store = inject(SubjectFollowUpsStore);
  private readonly actions = inject(FollowUpActions);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly user = inject(AuthStore).user;

  /** Give one of unitId and requestId. */
  readonly unitId = input<string | null>(null);
  readonly requestId = input<string | null>(null);
  /** The subject's region: agents add follow-ups only in their own regions; coordinators give them to its agents. */
  readonly regionCode = input<string | null>(null);

  protected readonly ids = {
    open: `crm-subject-follow-ups-open-${nextId}`,
    closed: `crm-subject-follow-ups-closed-${nextId++}`,
  };
  protected readonly open = this.store.open;
  protected readonly openTotal = this.store.openTotal;
  protected readonly closed = this.store.closed;
  protected readonly closedTotal = this.store.closedTotal;
  protected readonly isLoading = this.store.isLoading;
  protected readonly hasError = this.store.hasError;
  protected readonly busyId = this.actions.busyId;
  protected readonly message = signal<FormOutcome | null>(null);
  protected readonly subject = computed<FollowUpSubject | null>(() => {
    const unitId = this.unitId();
    const requestId = this.requestId();
    return requestId ? { requestId } : unitId ? { unitId } : null;
  });
  // Unit and ministry users see no follow-ups (the API answers them 403).
  protected readonly isStaff = computed(() => {
    const role = this.user()?.role;
    return role === 'agent' || role === 'coordinator';
  });
  protected readonly canAdd = computed(() => {
    const user = this.user();
    const regionCode = this.regionCode();
    switch (user?.role) {
      case 'coordinator':
        return true;
      case 'agent':
        // A request is theirs to follow up when they can see it; a unit when it is in their regions.
        return (
          this.requestId() !== null ||
          regionCode === null ||
          (user.agent?.regionCodes ?? []).includes(regionCode)
        );
      default:
        return false;
    }
  });
  /** On a request's page every follow-up is about it; on a unit's, some are about its requests. */
  protected readonly isSubjectShown = (followUp: FollowUpDto): boolean =>
    this.requestId() === null && followUp.subjectKind !== 'unit';

  constructor() {
    effect(() => {
      const subject = this.subject();
      if (subject && this.isStaff()) {
        untracked(() => {
          this.message.set(null);
          void this.store.load(subject);
        });
      }
    });
  }

  protected async add(): Promise<void> {
    const subject = this.subject();
    if (!subject) {
      return;
    }
    this.message.set(null);
    this.show(await this.actions.add(subject, this.regionCode(), this.injector));
  }

  protected async complete(followUp: FollowUpDto): Promise<void> {
    this.message.set(null);
    this.show(await this.actions.complete(followUp), { followUp, action: 'done' });
  }

  protected async edit(followUp: FollowUpDto): Promise<void> {
    this.message.set(null);
    this.show(await this.actions.edit(followUp, this.injector), { followUp, action: 'edit' });
  }

  protected async cancel(followUp: FollowUpDto): Promise<void> {
    this.message.set(null);
    this.show(await this.actions.cancel(followUp), { followUp, action: 'cancel' });
  }

  protected retry(): void {
    void this.store.reload();
  }

  private show(outcome: FormOutcome | null, changed?: { followUp: FollowUpDto; action: string }): void {
    if (!outcome) {
      return;
    }
    this.message.set(outcome);
    void this.store.reload().then(() => {
      if (changed) {
        afterNextRender(
          () =>
            keepFocus(
              this.document,
              this.host.nativeElement,
              changed.followUp.id,
              changed.action,
              this.document.getElementById(this.ids.open),
            ),
          { injector: this.injector },
        );
      }
    });
  }
}
