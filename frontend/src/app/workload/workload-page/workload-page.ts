import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { QuickLog } from '../../activities/quick-log/quick-log';
import { generalProblemKey } from '../../core/api/api-problem';
import { AuthStore } from '../../core/auth/auth.store';
import { LanguageService } from '../../core/i18n/language-service';
import { AgentPicker } from '../agent-picker/agent-picker';
import { CoverageCard } from '../coverage-card/coverage-card';
import { FollowUpsCard } from '../follow-ups-card/follow-ups-card';
import { HoursCard } from '../hours-card/hours-card';
import { OpenRequestsCard } from '../open-requests-card/open-requests-card';
import { ServiceLevelsCard } from '../service-levels-card/service-levels-card';
import { ThemeReachCard } from '../theme-reach-card/theme-reach-card';
import { WhiteSpotsCard } from '../white-spots-card/white-spots-card';
import { WorkloadActions } from '../workload-actions/workload-actions';
import { WorkloadAgents } from '../workload-agents';
import { workloadView } from '../workload-view';
import { WorkloadStore, agentFromParams } from '../workload.store';

/**
 * `/workload`: an agent's home page, their open requests, service levels, follow-ups, hours, coverage and
 * white spots at a glance, each figure leading to the list behind it. Coordinators choose the agent
 * (`?agentId=`); agents always see their own.
 */
@Component({
  selector: 'crm-workload-page',
  templateUrl: './workload-page.html',
  styleUrl: './workload-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // A fresh dashboard on every visit.
  providers: [WorkloadStore, WorkloadAgents],
  imports: [
    AgentPicker,
    CoverageCard,
    FollowUpsCard,
    HoursCard,
    MatButton,
    MatProgressBar,
    OpenRequestsCard,
    ServiceLevelsCard,
    ThemeReachCard,
    TranslocoPipe,
    WhiteSpotsCard,
    WorkloadActions,
  ],
})
export class WorkloadPage {
  private readonly store = inject(WorkloadStore);
  private readonly workloadAgents = inject(WorkloadAgents);
  private readonly authStore = inject(AuthStore);
  private readonly languageService = inject(LanguageService);
  private readonly quickLog = inject(QuickLog);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly queryParams = toSignal(this.route.queryParamMap);

  protected readonly isCoordinator = computed(() => this.authStore.role() === 'coordinator');
  protected readonly isLoading = this.store.isLoading;
  protected readonly agents = this.workloadAgents.agents;
  protected readonly hasAgentsError = this.workloadAgents.hasError;
  protected readonly agentId = this.store.agentId;
  /** A coordinator has yet to choose whose workload to see. */
  protected readonly isChoosing = computed(
    () => this.isCoordinator() && this.agentId() === null && !this.isLoading(),
  );
  protected readonly errorKey = computed(() => {
    const problem = this.store.problem();
    if (!problem) {
      return null;
    }
    return problem.status === 404 ? 'workload.page.agentNotFound' : generalProblemKey(problem);
  });
  protected readonly view = computed(() => {
    const dashboard = this.store.dashboard();
    const user = this.authStore.user();
    if (!dashboard || !user) {
      return null;
    }
    return workloadView(dashboard, {
      language: this.languageService.language(),
      locale: this.languageService.locale(),
      owner: { agentUserId: dashboard.agentUserId, isOwn: dashboard.agentUserId === user.id },
    });
  });
  protected readonly agentName = computed(() => {
    const agentId = this.agentId();
    const listed = this.agents().find((agent) => agent.userId === agentId)?.displayName;
    return listed ?? this.view()?.displayName ?? null;
  });
  protected readonly headingKey = computed(() => {
    if (!this.isCoordinator()) {
      return 'workload.page.headingOwn';
    }
    return this.agentName() === null ? 'workload.page.headingChoose' : 'workload.page.headingOf';
  });

  constructor() {
    effect(() => {
      if (this.isCoordinator()) {
        untracked(() => void this.workloadAgents.load());
      }
    });
    effect(() => {
      const params = this.queryParams();
      const isCoordinator = this.isCoordinator();
      if (!params) {
        return;
      }
      const agentId = agentFromParams(params, isCoordinator);
      untracked(() => {
        // A coordinator has no workload of their own: they choose an agent first.
        if (isCoordinator && agentId === null) {
          this.store.clear();
        } else {
          void this.store.load(agentId);
        }
      });
    });
    // An activity logged anywhere (the header's button, Alt+L, the button here) changes the hours.
    let changesSeen = this.quickLog.changes();
    effect(() => {
      const changes = this.quickLog.changes();
      if (changes !== changesSeen) {
        changesSeen = changes;
        untracked(() => void this.store.reload());
      }
    });
  }

  protected chooseAgent(agentId: string): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { agentId } });
  }

  protected retry(): void {
    void this.store.reload();
  }
}
