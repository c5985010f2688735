import { Injectable, computed, inject, signal } from '@angular/core';
import { type ApiProblem, toApiProblem } from '../core/api/api-problem';
import { AuthStore } from '../core/auth/auth.store';

interface SignInState {
  isSubmitting: boolean;
  problem: ApiProblem | null;
}

/** The sign-in attempt: whether it is under way and why the last one failed. */
@Injectable()
export class SignInStore {
  private readonly authStore = inject(AuthStore);
  private readonly state = signal<SignInState>({ isSubmitting: false, problem: null });

  readonly isSubmitting = computed(() => this.state().isSubmitting);
  readonly problem = computed(() => this.state().problem);

  /** Resolves true when signed in. */
  async signIn(email: string, password: string): Promise<boolean> {
    this.state.set({ isSubmitting: true, problem: null });
    try {
      await this.authStore.signIn({ email, password });
      this.state.set({ isSubmitting: false, problem: null });
      return true;
    } catch (error: unknown) {
      this.state.set({ isSubmitting: false, problem: toApiProblem(error) });
      return false;
    }
  }
}
