import { Injectable, computed, inject, signal } from '@angular/core';
import { type Observable, firstValueFrom } from 'rxjs';
import { type ApiProblem, toApiProblem } from '../core/api/api-problem';
import { Api } from '../core/api/generated/api';
import { publicRequestsCancel } from '../core/api/generated/fn/public-requests/public-requests-cancel';
import { publicRequestsRate } from '../core/api/generated/fn/public-requests/public-requests-rate';
import { publicRequestsReply } from '../core/api/generated/fn/public-requests/public-requests-reply';
import { publicRequestsStatus } from '../core/api/generated/fn/public-requests/public-requests-status';
import type { PublicRequestStatusDto } from '../core/api/generated/models/public-request-status-dto';

/** The server's answer to an action on a request that is closed or cancelled meanwhile. */
export const REQUEST_NOT_OPEN = 'REQUEST_NOT_OPEN';

interface StatusState {
  status: PublicRequestStatusDto | null;
  isLoading: boolean;
  loadProblem: ApiProblem | null;
  isSending: boolean;
}

/** The outcome of an action; the state already shows the request as the server returned it. */
export interface ActionResult {
  problem: ApiProblem | null;
}

/** One request seen through its private status link (the token is the only credential). */
@Injectable()
export class PublicRequestStatusStore {
  private readonly api = inject(Api);
  private readonly state = signal<StatusState>({
    status: null,
    isLoading: false,
    loadProblem: null,
    isSending: false,
  });

  readonly status = computed(() => this.state().status);
  readonly isLoading = computed(() => this.state().isLoading);
  readonly loadProblem = computed(() => this.state().loadProblem);
  readonly isSending = computed(() => this.state().isSending);

  async load(token: string): Promise<void> {
    this.state.update((state) => ({ ...state, isLoading: true, loadProblem: null }));
    try {
      const status = await firstValueFrom(this.api.invoke(publicRequestsStatus, { token }));
      this.state.update((state) => ({ ...state, status, isLoading: false }));
    } catch (error: unknown) {
      this.state.update((state) => ({ ...state, isLoading: false, loadProblem: toApiProblem(error) }));
    }
  }

  reply(token: string, body: string): Promise<ActionResult> {
    return this.act(token, this.api.invoke(publicRequestsReply, { token, body: { body } }));
  }

  cancel(token: string, reason: string): Promise<ActionResult> {
    return this.act(token, this.api.invoke(publicRequestsCancel, { token, body: reason ? { reason } : {} }));
  }

  rate(token: string, rating: number, comment: string): Promise<ActionResult> {
    return this.act(
      token,
      this.api.invoke(publicRequestsRate, { token, body: comment ? { rating, comment } : { rating } }),
    );
  }

  private async act(token: string, call: Observable<PublicRequestStatusDto>): Promise<ActionResult> {
    this.state.update((state) => ({ ...state, isSending: true }));
    try {
      const status = await firstValueFrom(call);
      this.state.update((state) => ({ ...state, status, isSending: false }));
      return { problem: null };
    } catch (error: unknown) {
      const problem = toApiProblem(error);
      if (problem.code === REQUEST_NOT_OPEN || problem.status === 409) {
        // Someone changed the request meanwhile (e.g. it was closed): show what it is now.
        await this.load(token);
      }
      this.state.update((state) => ({ ...state, isSending: false }));
      return { problem };
    }
  }
}
