import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { type ApiProblem, toApiProblem } from '../core/api/api-problem';
import { Api } from '../core/api/generated/api';
import { dashboardsCoordinators } from '../core/api/generated/fn/dashboards/dashboards-coordinators';
import { regionsList } from '../core/api/generated/fn/reference-data/regions-list';
import { requestsAssign } from '../core/api/generated/fn/requests/requests-assign';
import { requestsGet } from '../core/api/generated/fn/requests/requests-get';
import type { CoordinatorDashboardDto } from '../core/api/generated/models/coordinator-dashboard-dto';
import type { QueueItemDto } from '../core/api/generated/models/queue-item-dto';
import type { RegionDto } from '../core/api/generated/models/region-dto';
import type { RequestQueueDto } from '../core/api/generated/models/request-queue-dto';
import { LanguageService } from '../core/i18n/language-service';
import { type AgentRow, agentRows } from './agent-rows';

/** Who gets a queued request, and why (the server wants a reason of 3–1000 characters). */
export interface ReassignCommand {
  agentUserId: string;
  reason: string;
}

/**
 * How a reassignment ended: assigned; the request had left the queue before (another coordinator was
 * quicker), so nothing was changed; or the API refused.
 */
export type ReassignResult =
  | { kind: 'assigned'; agentName: string }
  | { kind: 'notInQueue'; agentName: string | null }
  | { kind: 'problem'; problem: ApiProblem };

interface BalanceState {
  dashboard: CoordinatorDashboardDto | null;
  isLoading: boolean;
  hasError: boolean;
}

const EMPTY_QUEUE: RequestQueueDto = { total: 0, atRisk: 0, breached: 0, items: [] };

/**
 * The coordinators' dashboard (agents' workload, regions without an agent, the unassigned queue) and the
 * region names it needs; reassigning a queued request loads it again. The newest answer wins.
 */
@Injectable()
export class BalanceStore {
  private readonly api = inject(Api);
  private readonly language = inject(LanguageService).language;
  private readonly state = signal<BalanceState>({ dashboard: null, isLoading: false, hasError: false });
  private readonly regions = signal<readonly RegionDto[]>([]);
  private loadCount = 0;
  private regionsLoaded: Promise<void> | null = null;

  readonly dashboard = computed(() => this.state().dashboard);
  readonly isLoading = computed(() => this.state().isLoading);
  readonly hasError = computed(() => this.state().hasError);
  /** The region's name in the interface language; the code itself until the names are loaded. */
  readonly regionName = computed(() => {
    const language = this.language();
    const names = new Map(this.regions().map((region) => [region.code, region.names[language]]));
    return (code: string): string => names.get(code) ?? code;
  });
  readonly agents = computed<readonly AgentRow[]>(() =>
    agentRows(this.state().dashboard?.agents ?? [], this.regionName()),
  );
  /** Named, in the interface language's alphabetical order. */
  readonly regionsWithoutAgent = computed<readonly string[]>(() => {
    const regionName = this.regionName();
    const collator = new Intl.Collator(this.language());
    return (this.state().dashboard?.regionsWithoutAgent ?? []).map(regionName).sort(collator.compare);
  });
  readonly queue = computed<RequestQueueDto>(() => this.state().dashboard?.queue ?? EMPTY_QUEUE);

  /** Loads the dashboard (and the region names once); what was shown stays until the answer comes. */
  async load(): Promise<void> {
    const current = ++this.loadCount;
    this.state.update((state) => ({ ...state, isLoading: true, hasError: false }));
    const regions = this.loadRegions();
    try {
      const dashboard = await firstValueFrom(this.api.invoke(dashboardsCoordinators));
      if (current === this.loadCount) {
        this.state.set({ dashboard, isLoading: false, hasError: false });
      }
    } catch {
      if (current === this.loadCount) {
        this.state.update((state) => ({ ...state, isLoading: false, hasError: true }));
      }
    }
    await regions;
  }

  /**
   * Gives a queued request to an agent and loads the dashboard again. The queue item has no version, so the
   * request is read first; one that has meanwhile left the queue is left as it is.
   */
  async reassign(item: QueueItemDto, command: ReassignCommand): Promise<ReassignResult> {
    try {
      const request = await firstValueFrom(this.api.invoke(requestsGet, { id: item.id }));
      if (request.status !== 'new' || request.assignedAgent !== null) {
        await this.load();
        return { kind: 'notInQueue', agentName: request.assignedAgent?.displayName ?? null };
      }
      const assigned = await firstValueFrom(
        this.api.invoke(requestsAssign, { id: item.id, body: { ...command, version: request.version } }),
      );
      await this.load();
      return { kind: 'assigned', agentName: assigned.assignedAgent?.displayName ?? '' };
    } catch (error: unknown) {
      const problem = toApiProblem(error);
      // Gone or changed: the queue shown is out of date.
      if (problem.status === 404 || problem.status === 409) {
        await this.load();
      }
      return { kind: 'problem', problem };
    }
  }

  /** All 19 regions fit on one page; without names the codes are shown, and the next load tries again. */
  private loadRegions(): Promise<void> {
    this.regionsLoaded ??= firstValueFrom(this.api.invoke(regionsList, { pageSize: 100 })).then(
      (page) => this.regions.set(page.items),
      () => {
        this.regionsLoaded = null;
      },
    );
    return this.regionsLoaded;
  }
}
