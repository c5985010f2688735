import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { type ApiProblem, toApiProblem } from '../../core/api/api-problem';
import { Api } from '../../core/api/generated/api';
import { agentsCreateAssignment } from '../../core/api/generated/fn/agents/agents-create-assignment';
import { agentsGet } from '../../core/api/generated/fn/agents/agents-get';
import { agentsUpdate } from '../../core/api/generated/fn/agents/agents-update';
import { assignmentsList } from '../../core/api/generated/fn/assignments/assignments-list';
import { assignmentsRemove } from '../../core/api/generated/fn/assignments/assignments-remove';
import { assignmentsUpdate } from '../../core/api/generated/fn/assignments/assignments-update';
import type { AgentDto } from '../../core/api/generated/models/agent-dto';
import type { AssignmentDto } from '../../core/api/generated/models/assignment-dto';
import type { CreateAssignmentDto } from '../../core/api/generated/models/create-assignment-dto';
import type { UpdateAgentDto } from '../../core/api/generated/models/update-agent-dto';
import { ASSIGNMENT_OVERLAP, STALE_VERSION } from '../problem-codes';

interface AgentState {
  agent: AgentDto | null;
  isLoading: boolean;
  loadProblem: ApiProblem | null;
}

export interface AssignmentProblem {
  problem: ApiProblem;
  /** For ASSIGNMENT_OVERLAP: the other agent's assignment that covers some of the same days. */
  conflict: AssignmentDto | null;
}

/** Whether two inclusive date periods share a day; a missing end is open-ended. */
export function periodsOverlap(
  first: { validFrom: string; validTo?: string | null },
  second: { validFrom: string; validTo?: string | null },
): boolean {
  return (
    (!first.validTo || second.validFrom <= first.validTo) &&
    (!second.validTo || first.validFrom <= second.validTo)
  );
}

/** One agent: host organisation, capacity and region assignments. Commands resolve to the problem, if any. */
@Injectable()
export class AgentStore {
  private readonly api = inject(Api);
  private readonly state = signal<AgentState>({ agent: null, isLoading: false, loadProblem: null });

  readonly agent = computed(() => this.state().agent);
  readonly assignments = computed(() => this.state().agent?.assignments ?? []);
  readonly isLoading = computed(() => this.state().isLoading);
  readonly loadProblem = computed(() => this.state().loadProblem);

  async load(userId: string): Promise<void> {
    const current = this.state().agent;
    this.state.set({
      agent: current?.userId === userId ? current : null,
      isLoading: true,
      loadProblem: null,
    });
    try {
      const agent = await firstValueFrom(this.api.invoke(agentsGet, { id: userId }));
      this.state.set({ agent, isLoading: false, loadProblem: null });
    } catch (error: unknown) {
      this.state.set({ agent: null, isLoading: false, loadProblem: toApiProblem(error) });
    }
  }

  /** Saves host organisation and capacity with the loaded version; a stale version reloads the agent. */
  async update(changes: Omit<UpdateAgentDto, 'version'>): Promise<ApiProblem | null> {
    const agent = this.state().agent;
    if (!agent) {
      return null;
    }
    try {
      const updated = await firstValueFrom(
        this.api.invoke(agentsUpdate, { id: agent.userId, body: { ...changes, version: agent.version } }),
      );
      // The answer may leave out the assignments; keep those already shown.
      this.state.update((state) => ({
        ...state,
        agent: { ...updated, assignments: updated.assignments ?? state.agent?.assignments },
      }));
      return null;
    } catch (error: unknown) {
      const problem = toApiProblem(error);
      if (problem.code === STALE_VERSION) {
        await this.load(agent.userId);
      }
      return problem;
    }
  }

  addAssignment(body: CreateAssignmentDto): Promise<AssignmentProblem | null> {
    return this.changeAssignments(body, (agent) =>
      firstValueFrom(this.api.invoke(agentsCreateAssignment, { id: agent.userId, body })),
    );
  }

  /** Ends an assignment on `validTo` (inclusive). */
  endAssignment(assignment: AssignmentDto, validTo: string): Promise<AssignmentProblem | null> {
    return this.changeAssignments({ ...assignment, validTo }, () =>
      firstValueFrom(this.api.invoke(assignmentsUpdate, { id: assignment.id, body: { validTo } })),
    );
  }

  removeAssignment(assignment: AssignmentDto): Promise<AssignmentProblem | null> {
    return this.changeAssignments(null, () =>
      firstValueFrom(this.api.invoke(assignmentsRemove, { id: assignment.id })),
    );
  }

  private async changeAssignments(
    period: (CreateAssignmentDto & { id?: string }) | null,
    write: (agent: AgentDto) => Promise<unknown>,
  ): Promise<AssignmentProblem | null> {
    const agent = this.state().agent;
    if (!agent) {
      return null;
    }
    try {
      await write(agent);
      await this.load(agent.userId);
      return null;
    } catch (error: unknown) {
      const problem = toApiProblem(error);
      const conflict = problem.code === ASSIGNMENT_OVERLAP && period ? await this.findConflict(period) : null;
      return { problem, conflict };
    }
  }

  private async findConflict(period: CreateAssignmentDto & { id?: string }): Promise<AssignmentDto | null> {
    try {
      const page = await firstValueFrom(
        this.api.invoke(assignmentsList, { regionCode: period.regionCode, pageSize: 100 }),
      );
      return page.items.find((other) => other.id !== period.id && periodsOverlap(other, period)) ?? null;
    } catch {
      return null;
    }
  }
}
