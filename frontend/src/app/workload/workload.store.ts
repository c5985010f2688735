import { Injectable, computed, inject, signal } from '@angular/core';
import type { ParamMap } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { type ApiProblem, toApiProblem } from '../core/api/api-problem';
import { Api } from '../core/api/generated/api';
import { dashboardsAgent } from '../core/api/generated/fn/dashboards/dashboards-agent';
import type { AgentDashboardDto } from '../core/api/generated/models/agent-dashboard-dto';

/** Whose workload: the caller's own (`null`) or, for a coordinator, an agent's user id. */
export type WorkloadAgent = string | null;

interface WorkloadState {
  agentId: WorkloadAgent;
  dashboard: AgentDashboardDto | null;
  isLoading: boolean;
  problem: ApiProblem | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The agent asked for in the address (`?agentId=`): only coordinators look at another agent's workload,
 * so for everybody else, and for anything that is not a user id, it is the caller's own.
 */
export function agentFromParams(params: ParamMap, canChooseAgent: boolean): WorkloadAgent {
  const agentId = params.get('agentId');
  return canChooseAgent && agentId !== null && UUID.test(agentId) ? agentId : null;
}

/**
 * One agent's workload dashboard (`GET /dashboards/agent`). The newest load wins; a reload of the same
 * agent keeps the figures shown until the answer comes.
 */
@Injectable()
export class WorkloadStore {
  private readonly api = inject(Api);
  private readonly state = signal<WorkloadState>({
    agentId: null,
    dashboard: null,
    isLoading: false,
    problem: null,
  });
  private loadCount = 0;

  readonly agentId = computed(() => this.state().agentId);
  readonly dashboard = computed(() => this.state().dashboard);
  readonly isLoading = computed(() => this.state().isLoading);
  readonly problem = computed(() => this.state().problem);
  readonly hasError = computed(() => this.state().problem !== null);

  async load(agentId: WorkloadAgent): Promise<void> {
    const current = ++this.loadCount;
    this.state.update((state) => ({
      agentId,
      dashboard: state.agentId === agentId ? state.dashboard : null,
      isLoading: true,
      problem: null,
    }));
    try {
      const dashboard = await firstValueFrom(
        this.api.invoke(dashboardsAgent, agentId === null ? {} : { agentId }),
      );
      if (current === this.loadCount) {
        this.state.update((state) => ({ ...state, dashboard, isLoading: false }));
      }
    } catch (error: unknown) {
      if (current === this.loadCount) {
        this.state.update((state) => ({ ...state, isLoading: false, problem: toApiProblem(error) }));
      }
    }
  }

  reload(): Promise<void> {
    return this.load(this.state().agentId);
  }

  /** Forgets what was shown (a coordinator has not chosen an agent). */
  clear(): void {
    this.loadCount++;
    this.state.set({ agentId: null, dashboard: null, isLoading: false, problem: null });
  }
}
