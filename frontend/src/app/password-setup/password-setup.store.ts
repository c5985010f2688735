import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { type ApiProblem, toApiProblem } from '../core/api/api-problem';
import { Api } from '../core/api/generated/api';
import { authSetUpPassword } from '../core/api/generated/fn/auth/auth-set-up-password';

interface PasswordSetupState {
  isSubmitting: boolean;
  isDone: boolean;
  problem: ApiProblem | null;
}

/** Setting a password through a one-time link. */
@Injectable()
export class PasswordSetupStore {
  private readonly api = inject(Api);
  private readonly state = signal<PasswordSetupState>({ isSubmitting: false, isDone: false, problem: null });

  readonly isSubmitting = computed(() => this.state().isSubmitting);
  readonly isDone = computed(() => this.state().isDone);
  readonly problem = computed(() => this.state().problem);

  async setPassword(token: string, password: string): Promise<void> {
    this.state.set({ isSubmitting: true, isDone: false, problem: null });
    try {
      await firstValueFrom(this.api.invoke(authSetUpPassword, { body: { token, password } }));
      this.state.set({ isSubmitting: false, isDone: true, problem: null });
    } catch (error: unknown) {
      this.state.set({ isSubmitting: false, isDone: false, problem: toApiProblem(error) });
    }
  }
}
