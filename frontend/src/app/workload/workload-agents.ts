import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { Api } from '../core/api/generated/api';
import { agentsList } from '../core/api/generated/fn/agents/agents-list';
import type { AgentDto } from '../core/api/generated/models/agent-dto';
import { LanguageService } from '../core/i18n/language-service';

/** The largest page the API gives; the network has a few dozen agents at most. */
export const AGENTS_PAGE_SIZE = 100;

/**
 * The active change agents, for a coordinator to choose whose workload to see (the API refuses the list to
 * everybody else). Loaded once per page; after a failure the next call tries again.
 */
@Injectable()
export class WorkloadAgents {
  private readonly api = inject(Api);
  private readonly language = inject(LanguageService).language;
  private readonly loaded = signal<readonly AgentDto[]>([]);
  private readonly failed = signal(false);
  private loading: Promise<void> | null = null;

  /** By name in the interface language's order. */
  readonly agents = computed(() => {
    const language = this.language();
    return [...this.loaded()].sort((first, second) =>
      first.displayName.localeCompare(second.displayName, language),
    );
  });
  readonly hasError = this.failed.asReadonly();

  load(): Promise<void> {
    this.failed.set(false);
    this.loading ??= firstValueFrom(
      this.api.invoke(agentsList, { pageSize: AGENTS_PAGE_SIZE, isActive: true }),
    ).then(
      (page) => this.loaded.set(page.items),
      () => {
        this.loading = null;
        this.failed.set(true);
      },
    );
    return this.loading;
  }
}
