import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { type ApiProblem, toApiProblem } from '../../core/api/api-problem';
import { Api } from '../../core/api/generated/api';
import { outboxGet } from '../../core/api/generated/fn/mail/outbox-get';
import type { OutboxEmailDetailDto } from '../../core/api/generated/models/outbox-email-detail-dto';

interface OutboxEmailState {
  email: OutboxEmailDetailDto | null;
  isLoading: boolean;
  loadProblem: ApiProblem | null;
}

/** One outgoing email with its bodies. */
@Injectable()
export class OutboxEmailStore {
  private readonly api = inject(Api);
  private readonly state = signal<OutboxEmailState>({ email: null, isLoading: false, loadProblem: null });
  private latestId: string | null = null;

  readonly email = computed(() => this.state().email);
  readonly isLoading = computed(() => this.state().isLoading);
  readonly loadProblem = computed(() => this.state().loadProblem);

  async load(id: string): Promise<void> {
    this.latestId = id;
    this.state.set({
      email: this.state().email?.id === id ? this.state().email : null,
      isLoading: true,
      loadProblem: null,
    });
    try {
      const email = await firstValueFrom(this.api.invoke(outboxGet, { id }));
      if (this.latestId === id) {
        this.state.set({ email, isLoading: false, loadProblem: null });
      }
    } catch (error: unknown) {
      if (this.latestId === id) {
        this.state.set({ email: null, isLoading: false, loadProblem: toApiProblem(error) });
      }
    }
  }
}
