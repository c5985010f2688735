import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { Api } from '../core/api/generated/api';
import { agentsList } from '../core/api/generated/fn/agents/agents-list';
import type { AgentDto } from '../core/api/generated/models/agent-dto';
import { LanguageService } from '../core/i18n/language-service';
import { MAX_PAGE_SIZE } from './follow-up-options';

/**
 * The active change agents, to choose an assignee or to see someone's follow-ups; coordinators only (the
 * API refuses the list to everybody else). Loaded once per page; after a failure the next call tries again.
 */
@Injectable()
export class FollowUpAgents {
  private readonly api = inject(Api);
  private readonly language = inject(LanguageService).language;
  private readonly loaded = signal<readonly AgentDto[]>([]);
  private loading: Promise<void> | null = null;

  /** By name in the interface language's order. */
  readonly agents = computed(() => {
    const language = this.language();
    return [...this.loaded()].sort((first, second) =>
      first.displayName.localeCompare(second.displayName, language),
    );
  });

  load(): Promise<void> {
    this.loading ??= firstValueFrom(
      this.api.invoke(agentsList, { pageSize: MAX_PAGE_SIZE, isActive: true }),
    ).then(
      (page) => this.loaded.set(page.items),
      () => {
        this.loading = null;
      },
    );
    return this.loading;
  }
}
