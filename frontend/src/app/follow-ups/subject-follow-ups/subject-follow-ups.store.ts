import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { Api } from '../../core/api/generated/api';
import {
  type FollowUpsList$Params,
  followUpsList,
} from '../../core/api/generated/fn/follow-ups/follow-ups-list';
import type { FollowUpDto } from '../../core/api/generated/models/follow-up-dto';
import type { FollowUpPage } from '../../core/api/generated/models/follow-up-page';
import { MAX_PAGE_SIZE } from '../follow-up-options';

/** What the follow-ups are about: a unit (with those of its requests and activities) or a request. */
export type FollowUpSubject = { unitId: string } | { requestId: string };

/** The newest done and cancelled follow-ups shown under the open ones. */
export const SUBJECT_CLOSED_SHOWN = 5;

interface SubjectFollowUpsState {
  open: readonly FollowUpDto[];
  openTotal: number;
  closed: readonly FollowUpDto[];
  closedTotal: number;
  isLoading: boolean;
  hasError: boolean;
}

const EMPTY: SubjectFollowUpsState = {
  open: [],
  openTotal: 0,
  closed: [],
  closedTotal: 0,
  isLoading: false,
  hasError: false,
};

/** One subject's follow-ups: the open ones soonest due first, then the newest done or cancelled. */
@Injectable()
export class SubjectFollowUpsStore {
  private readonly api = inject(Api);
  private readonly state = signal<SubjectFollowUpsState>(EMPTY);
  private subject: FollowUpSubject | null = null;
  private loadCount = 0;

  readonly open = computed(() => this.state().open);
  readonly openTotal = computed(() => this.state().openTotal);
  readonly closed = computed(() => this.state().closed);
  readonly closedTotal = computed(() => this.state().closedTotal);
  readonly isLoading = computed(() => this.state().isLoading);
  readonly hasError = computed(() => this.state().hasError);

  async load(subject: FollowUpSubject): Promise<void> {
    const current = ++this.loadCount;
    const isSameSubject = JSON.stringify(subject) === JSON.stringify(this.subject);
    this.subject = subject;
    this.state.update((state) => ({
      ...(isSameSubject ? state : EMPTY),
      isLoading: true,
      hasError: false,
    }));
    try {
      const [open, closed] = await Promise.all([
        this.list({ ...subject, status: 'open', pageSize: MAX_PAGE_SIZE }),
        this.list({
          ...subject,
          status: 'done,cancelled',
          sort: '-completedAt',
          pageSize: SUBJECT_CLOSED_SHOWN,
        }),
      ]);
      if (current === this.loadCount) {
        this.state.set({
          open: open.items,
          openTotal: open.total,
          closed: closed.items,
          closedTotal: closed.total,
          isLoading: false,
          hasError: false,
        });
      }
    } catch {
      if (current === this.loadCount) {
        this.state.update((state) => ({ ...state, isLoading: false, hasError: true }));
      }
    }
  }

  reload(): Promise<void> {
    return this.subject ? this.load(this.subject) : Promise.resolve();
  }

  private list(params: FollowUpsList$Params): Promise<FollowUpPage> {
    return firstValueFrom(this.api.invoke(followUpsList, params));
  }
}
