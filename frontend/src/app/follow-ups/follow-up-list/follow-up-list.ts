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
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore } from '../../core/auth/auth.store';
import { FormMessage, type FormOutcome } from '../../shared/ui/form-message/form-message';
import type { FollowUpDto } from '../../core/api/generated/models/follow-up-dto';
import { FollowUpActions } from '../follow-up-actions';
import { FollowUpAgents } from '../follow-up-agents';
import { keepFocus } from '../follow-up-focus';
import { FollowUpItem } from '../follow-up-item/follow-up-item';
import {
  type AssigneeFilter,
  CLOSED_SHOWN,
  FollowUpsStore,
  type FollowUpView,
  queryFromParams,
  queryToParams,
} from '../follow-ups.store';

/**
 * `/follow-ups`: the caller's open follow-ups under Overdue, Today, This week and Later, or the recently
 * done and cancelled ones; coordinators also everybody's or one agent's. The address keeps the view.
 */
@Component({
  selector: 'crm-follow-up-list',
  templateUrl: './follow-up-list.html',
  styleUrl: './follow-up-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // A fresh list on every visit; the dialogs find the agents and the actions through this page.
  providers: [FollowUpsStore, FollowUpAgents, FollowUpActions],
  imports: [
    FollowUpItem,
    FormMessage,
    MatButton,
    MatButtonToggle,
    MatButtonToggleGroup,
    MatFormField,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatSelect,
    TranslocoPipe,
  ],
})
export class FollowUpList {
  private readonly store = inject(FollowUpsStore);
  private readonly followUpAgents = inject(FollowUpAgents);
  private readonly actions = inject(FollowUpActions);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly role = inject(AuthStore).role;
  private readonly queryParams = toSignal(this.route.queryParamMap);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  protected readonly query = this.store.query;
  protected readonly groups = this.store.groups;
  protected readonly closed = this.store.closed;
  protected readonly isLoading = this.store.isLoading;
  protected readonly hasError = this.store.hasError;
  protected readonly hasNoOpen = this.store.hasNoOpen;
  protected readonly agents = this.followUpAgents.agents;
  protected readonly busyId = this.actions.busyId;
  protected readonly closedShown = CLOSED_SHOWN;
  protected readonly message = signal<FormOutcome | null>(null);
  protected readonly isCoordinator = computed(() => this.role() === 'coordinator');
  protected readonly isMine = computed(() => this.query().assignee === 'mine');
  protected readonly assigneeName = computed(() => {
    const assignee = this.query().assignee;
    return this.agents().find((agent) => agent.userId === assignee)?.displayName ?? null;
  });
  protected readonly headingKey = computed(() => {
    const assignee = this.query().assignee;
    if (assignee === 'mine') {
      return 'followUps.list.headingMine';
    }
    return assignee === 'all' || this.assigneeName() === null
      ? 'followUps.list.headingAll'
      : 'followUps.list.headingOf';
  });

  constructor() {
    effect(() => {
      if (this.isCoordinator()) {
        untracked(() => void this.followUpAgents.load());
      }
    });
    effect(() => {
      const params = this.queryParams();
      const isCoordinator = this.isCoordinator();
      if (params) {
        untracked(() => {
          // A message about the list shown before would be out of place in another view.
          this.message.set(null);
          void this.store.load(queryFromParams(params, isCoordinator));
        });
      }
    });
  }

  protected setView(view: FollowUpView): void {
    this.navigate({ ...this.query(), view });
  }

  protected setAssignee(assignee: AssigneeFilter): void {
    this.navigate({ ...this.query(), assignee });
  }

  protected async complete(followUp: FollowUpDto): Promise<void> {
    this.message.set(null);
    this.show(await this.actions.complete(followUp), followUp, 'done');
  }

  protected async edit(followUp: FollowUpDto): Promise<void> {
    this.message.set(null);
    this.show(await this.actions.edit(followUp, this.injector), followUp, 'edit');
  }

  protected async cancel(followUp: FollowUpDto): Promise<void> {
    this.message.set(null);
    this.show(await this.actions.cancel(followUp), followUp, 'cancel');
  }

  protected retry(): void {
    void this.store.reload();
  }

  private show(outcome: FormOutcome | null, followUp: FollowUpDto, action: string): void {
    if (!outcome) {
      return;
    }
    this.message.set(outcome);
    void this.store.reload().then(() =>
      afterNextRender(
        () => {
          const groupHeading = followUp.bucket
            ? this.document.getElementById(`crm-follow-ups-${followUp.bucket}`)
            : null;
          keepFocus(
            this.document,
            this.host.nativeElement,
            followUp.id,
            action,
            groupHeading ?? this.heading()?.nativeElement ?? null,
          );
        },
        { injector: this.injector },
      ),
    );
  }

  private navigate(query: ReturnType<FollowUpsStore['query']>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: queryToParams(query) });
  }
}
