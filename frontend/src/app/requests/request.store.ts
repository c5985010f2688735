import { Injectable, computed, inject, signal } from '@angular/core';
import { type Observable, firstValueFrom } from 'rxjs';
import { type ApiProblem, toApiProblem } from '../core/api/api-problem';
import { Api } from '../core/api/generated/api';
import { requestsAddEntry } from '../core/api/generated/fn/requests/requests-add-entry';
import { requestsAssign } from '../core/api/generated/fn/requests/requests-assign';
import { requestsCreate } from '../core/api/generated/fn/requests/requests-create';
import { requestsGet } from '../core/api/generated/fn/requests/requests-get';
import { requestsRate } from '../core/api/generated/fn/requests/requests-rate';
import { requestsTransition } from '../core/api/generated/fn/requests/requests-transition';
import { requestsUpdate } from '../core/api/generated/fn/requests/requests-update';
import type { AssignRequestDto } from '../core/api/generated/models/assign-request-dto';
import type { CreateRequestDto } from '../core/api/generated/models/create-request-dto';
import type { RatingDto } from '../core/api/generated/models/rating-dto';
import type { RequestDto } from '../core/api/generated/models/request-dto';
import type { TimelineEntryDto } from '../core/api/generated/models/timeline-entry-dto';
import type { TransitionRequestDto } from '../core/api/generated/models/transition-request-dto';
import type { UpdateRequestDto } from '../core/api/generated/models/update-request-dto';

interface RequestState {
  request: RequestDto | null;
  isLoading: boolean;
  loadProblem: ApiProblem | null;
}

export type RequestResult = { request: RequestDto; problem: null } | { request: null; problem: ApiProblem };

/** The changes of an edit; the store adds the version the request was loaded at. */
export type RequestChanges = Omit<UpdateRequestDto, 'version'>;
export type TransitionCommand = Omit<TransitionRequestDto, 'version'>;
export type AssignCommand = Omit<AssignRequestDto, 'version'>;

/**
 * One support request being shown, created or worked on. Every command answers with the request as it is
 * now, which replaces the one shown; commands that change the request send the version it was loaded at.
 */
@Injectable()
export class RequestStore {
  private readonly api = inject(Api);
  private readonly state = signal<RequestState>({ request: null, isLoading: false, loadProblem: null });
  private loadCount = 0;

  readonly request = computed(() => this.state().request);
  readonly isLoading = computed(() => this.state().isLoading);
  readonly loadProblem = computed(() => this.state().loadProblem);

  /** Loads the request; the answer to an older call is dropped. */
  async load(id: string): Promise<void> {
    const current = ++this.loadCount;
    const keep = this.state().request?.id === id;
    this.state.update((state) => ({
      request: keep ? state.request : null,
      isLoading: true,
      loadProblem: null,
    }));
    try {
      const request = await firstValueFrom(this.api.invoke(requestsGet, { id }));
      if (current === this.loadCount) {
        this.state.set({ request, isLoading: false, loadProblem: null });
      }
    } catch (error: unknown) {
      if (current === this.loadCount) {
        this.state.set({ request: null, isLoading: false, loadProblem: toApiProblem(error) });
      }
    }
  }

  create(body: CreateRequestDto): Promise<RequestResult> {
    return this.run(this.api.invoke(requestsCreate, { body }));
  }

  update(changes: RequestChanges): Promise<RequestResult> {
    return this.withLoaded((request) =>
      this.api.invoke(requestsUpdate, { id: request.id, body: { ...changes, version: request.version } }),
    );
  }

  transition(command: TransitionCommand): Promise<RequestResult> {
    return this.withLoaded((request) =>
      this.api.invoke(requestsTransition, {
        id: request.id,
        body: { ...command, version: request.version },
      }),
    );
  }

  assign(command: AssignCommand): Promise<RequestResult> {
    return this.withLoaded((request) =>
      this.api.invoke(requestsAssign, { id: request.id, body: { ...command, version: request.version } }),
    );
  }

  addEntry(body: TimelineEntryDto): Promise<RequestResult> {
    return this.withLoaded((request) => this.api.invoke(requestsAddEntry, { id: request.id, body }));
  }

  rate(body: RatingDto): Promise<RequestResult> {
    return this.withLoaded((request) => this.api.invoke(requestsRate, { id: request.id, body }));
  }

  private withLoaded(call: (request: RequestDto) => Observable<RequestDto>): Promise<RequestResult> {
    const request = this.state().request;
    if (!request) {
      return Promise.resolve({
        request: null,
        problem: { status: 0, code: null, detail: null, errors: [], retryAfterSeconds: null },
      });
    }
    return this.run(call(request));
  }

  private async run(call: Observable<RequestDto>): Promise<RequestResult> {
    try {
      const request = await firstValueFrom(call);
      this.state.update((state) =>
        // A created request is not the one shown; every other answer is the shown request as it is now.
        state.request?.id === request.id ? { ...state, request } : state,
      );
      return { request, problem: null };
    } catch (error: unknown) {
      return { request: null, problem: toApiProblem(error) };
    }
  }
}
