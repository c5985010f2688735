import type { ComponentType } from '@angular/cdk/portal';
import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { LogActivityButton } from '../../activities/quick-log/log-activity-button';
import type { ApiProblem } from '../../core/api/api-problem';
import type { RequestDto } from '../../core/api/generated/models/request-dto';
import { AuthStore } from '../../core/auth/auth.store';
import { LANGUAGE_NAMES } from '../../core/i18n/language';
import { LanguageService } from '../../core/i18n/language-service';
import { SubjectFollowUps } from '../../follow-ups/subject-follow-ups/subject-follow-ups';
import { HelsinkiTimePipe } from '../../shared/ui/dates/helsinki-time-pipe';
import { FormMessage, type FormOutcome } from '../../shared/ui/form-message/form-message';
import { EditRequestDialog, type EditRequestDialogData } from '../dialogs/edit-request-dialog';
import { ReassignDialog, type ReassignDialogData } from '../dialogs/reassign-dialog';
import { REQUEST_DIALOG_SIZE, type RequestDialogOutcome } from '../dialogs/request-dialog-outcome';
import { TransitionDialog, type TransitionDialogData } from '../dialogs/transition-dialog';
import { type RequestStatus, type TimelineEntryKind, acceptsReplies, isOpenStatus } from '../request-options';
import { conflictMessageKey } from '../request-problems';
import { RequestReferenceData } from '../request-reference-data';
import { RequestStatusBadge } from '../request-status-badge/request-status-badge';
import { RequestStore } from '../request.store';
import { SlaBadges } from '../sla-badges/sla-badges';
import { RequestComposer } from './request-composer';
import { RequestRating } from './request-rating';
import { RequestTimeline } from './request-timeline';

export interface TransitionAction {
  to: RequestStatus;
  /** Translation key of the button (and of the dialog's title). */
  labelKey: string;
  /** A coordinator assigning a new request names the agent. */
  needsAgent: boolean;
}

/** The button for a move, named by what it does from where the request is now. */
export function transitionAction(
  from: RequestStatus,
  to: RequestStatus,
  isCoordinator: boolean,
): TransitionAction {
  const action = (name: string, needsAgent = false): TransitionAction => ({
    to,
    labelKey: `requests.actions.${name}`,
    needsAgent,
  });
  switch (to) {
    case 'assigned':
      // An agent taking a new request is assigned it; a coordinator names the agent.
      return isCoordinator ? action('assign', true) : action('take');
    case 'in_progress':
      return action(from === 'waiting_for_unit' ? 'resume' : from === 'resolved' ? 'reopen' : 'start');
    case 'waiting_for_unit':
      return action('wait');
    case 'resolved':
      return action('resolve');
    case 'closed':
      return action('close');
    default:
      return action('cancel');
  }
}

/** `/requests/:id`: a support request with its details, actions, timeline, replies and rating. */
@Component({
  selector: 'crm-request-page',
  templateUrl: './request-page.html',
  styleUrl: './request-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [RequestStore],
  imports: [
    FormMessage,
    HelsinkiTimePipe,
    LogActivityButton,
    MatButton,
    MatProgressBar,
    RequestComposer,
    RequestRating,
    RequestStatusBadge,
    RequestTimeline,
    RouterLink,
    SlaBadges,
    SubjectFollowUps,
    TranslocoPipe,
  ],
})
export class RequestPage {
  private readonly store = inject(RequestStore);
  private readonly referenceData = inject(RequestReferenceData);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly transloco = inject(TranslocoService);
  private readonly role = inject(AuthStore).role;
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  /** The `:id` route parameter, bound by the router. */
  readonly id = input.required<string>();

  protected readonly locale = inject(LanguageService).locale;
  protected readonly request = this.store.request;
  protected readonly isLoading = this.store.isLoading;
  protected readonly loadProblem = this.store.loadProblem;
  protected readonly regionName = this.referenceData.regionName;
  protected readonly themeName = this.referenceData.themeName;
  protected readonly cpvName = this.referenceData.cpvName;
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly statusMessage = signal<FormOutcome | null>(null);
  protected readonly isStaff = computed(() => {
    const role = this.role();
    return role === 'agent' || role === 'coordinator';
  });
  protected readonly isCoordinator = computed(() => this.role() === 'coordinator');
  protected readonly isUnitUser = computed(() => this.role() === 'unit');
  /** Buttons for exactly the moves the server allows the caller now. */
  protected readonly transitionActions = computed<readonly TransitionAction[]>(() => {
    const request = this.request();
    if (!request) {
      return [];
    }
    return request.allowedTransitions
      .filter((to) => to !== 'new')
      .map((to) => transitionAction(request.status, to, this.isCoordinator()));
  });
  protected readonly canReassign = computed(() => {
    const request = this.request();
    return this.isCoordinator() && request !== null && isOpenStatus(request.status);
  });
  protected readonly canEdit = this.isStaff;
  protected readonly hasActions = computed(
    () => this.transitionActions().length > 0 || this.canReassign() || this.canEdit(),
  );
  protected readonly composerKinds = computed<readonly TimelineEntryKind[]>(() => {
    const request = this.request();
    if (!request) {
      return [];
    }
    if (this.isStaff()) {
      // A cancelled request takes no more messages to the requester, only notes.
      return request.status === 'cancelled' ? ['note'] : ['message', 'note'];
    }
    return this.isUnitUser() && acceptsReplies(request) ? ['reply'] : [];
  });
  /** A unit user's reply to a resolved request reopens it. */
  protected readonly isReplyReopening = computed(
    () => this.isUnitUser() && this.request()?.status === 'resolved',
  );
  protected readonly canRate = computed(() => {
    const status = this.request()?.status;
    return this.isUnitUser() && (status === 'resolved' || status === 'closed');
  });
  protected readonly themeNames = computed(() => {
    const name = this.themeName();
    return (this.request()?.themeCodes ?? []).map(name).join(', ');
  });

  constructor() {
    void this.referenceData.loadRegions();
    void this.referenceData.loadThemes();
    void this.referenceData.loadCpvDivisions();
    effect(() => {
      if (this.isCoordinator()) {
        untracked(() => void this.referenceData.loadAgents());
      }
    });
    effect(() => {
      const id = this.id();
      untracked(() => {
        this.statusMessage.set(null);
        void this.store.load(id);
      });
    });
  }

  protected async openTransition(action: TransitionAction): Promise<void> {
    const request = this.request();
    if (!request) {
      return;
    }
    const outcome = await this.openDialog<TransitionDialog, TransitionDialogData>(TransitionDialog, {
      to: action.to,
      actionKey: action.labelKey,
      number: request.number,
      needsAgent: action.needsAgent,
      isRequesterSide: !this.isStaff(),
    });
    await this.afterDialog(outcome, (changed) => ({
      key: 'requests.page.statusChanged',
      params: { status: this.transloco.translate(`requests.status.${changed.status}`) },
      isError: false,
    }));
  }

  protected async openReassign(): Promise<void> {
    const request = this.request();
    if (!request) {
      return;
    }
    const outcome = await this.openDialog<ReassignDialog, ReassignDialogData>(ReassignDialog, {
      number: request.number,
      currentAgentUserId: request.assignedAgent?.userId ?? null,
    });
    await this.afterDialog(outcome, (changed) => ({
      key: 'requests.page.reassigned',
      params: { name: changed.assignedAgent?.displayName ?? '' },
      isError: false,
    }));
  }

  protected async openEdit(): Promise<void> {
    const request = this.request();
    if (!request) {
      return;
    }
    const outcome = await this.openDialog<EditRequestDialog, EditRequestDialogData>(EditRequestDialog, {
      request,
      canSetUnit: this.isCoordinator() && request.unitId === null,
    });
    await this.afterDialog(outcome, () => ({ key: 'requests.page.saved', isError: false }));
  }

  /** The request shown was out of date: say why, and show it as it is now. */
  protected async reloadAfterConflict(problem: ApiProblem): Promise<void> {
    this.statusMessage.set({
      key: conflictMessageKey(problem),
      params: { detail: problem.detail ?? '' },
      isError: true,
    });
    await this.store.load(this.id());
    this.keepFocus();
  }

  protected retry(): void {
    void this.store.load(this.id());
  }

  private async openDialog<T, D>(
    component: ComponentType<T>,
    data: D,
  ): Promise<RequestDialogOutcome | undefined> {
    this.statusMessage.set(null);
    const reference = this.dialog.open<T, D, RequestDialogOutcome>(component, {
      data,
      // The dialogs work through this page's store and reference data.
      injector: this.injector,
      ...REQUEST_DIALOG_SIZE,
    });
    return firstValueFrom(reference.afterClosed());
  }

  private async afterDialog(
    outcome: RequestDialogOutcome | undefined,
    success: (request: RequestDto) => FormOutcome,
  ): Promise<void> {
    if (!outcome) {
      return;
    }
    if (outcome.conflict) {
      await this.reloadAfterConflict(outcome.conflict);
      return;
    }
    this.statusMessage.set(success(outcome.request));
    this.keepFocus();
  }

  /**
   * The dialog gives the focus back to the button that opened it; when the change has removed that button
   * (the request moved on), the focus goes to the request's heading instead of being lost.
   */
  private keepFocus(): void {
    afterNextRender(
      () => {
        const active = this.document.activeElement;
        if (!active || active === this.document.body || !active.isConnected) {
          this.heading()?.nativeElement.focus();
        }
      },
      { injector: this.injector },
    );
  }
}
