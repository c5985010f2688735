import { Injectable, inject } from '@angular/core';
import { type Observable, firstValueFrom } from 'rxjs';
import { type ApiProblem, toApiProblem } from '../core/api/api-problem';
import { Api } from '../core/api/generated/api';
import { followUpsCreate } from '../core/api/generated/fn/follow-ups/follow-ups-create';
import { followUpsUpdate } from '../core/api/generated/fn/follow-ups/follow-ups-update';
import type { CreateFollowUpDto } from '../core/api/generated/models/create-follow-up-dto';
import type { FollowUpDto } from '../core/api/generated/models/follow-up-dto';
import type { UpdateFollowUpDto } from '../core/api/generated/models/update-follow-up-dto';

export type FollowUpResult =
  { followUp: FollowUpDto; problem: null } | { followUp: null; problem: ApiProblem };

/** The changes of an edit; the version the follow-up was read at is added from it. */
export type FollowUpChanges = Omit<UpdateFollowUpDto, 'version'>;

// Stable error code of an edit of a follow-up changed meanwhile (backend/src/common/auth/auth-errors.ts).
export const STALE_VERSION = 'STALE_VERSION';

/**
 * The follow-up shown is out of date or gone: the list it is in is reloaded and the user told why.
 * Any other problem leaves it as it is.
 */
export function isOutOfDate(problem: ApiProblem): boolean {
  return problem.code === STALE_VERSION || problem.status === 404;
}

/** The translation key of the message after a change refused because the follow-up was out of date. */
export function outOfDateMessageKey(problem: ApiProblem): string {
  return problem.status === 404 ? 'followUps.messages.gone' : 'followUps.messages.stale';
}

/** Creates and changes follow-ups; every answer is the follow-up as it is now. */
@Injectable({ providedIn: 'root' })
export class FollowUpCommands {
  private readonly api = inject(Api);

  create(body: CreateFollowUpDto): Promise<FollowUpResult> {
    return this.run(this.api.invoke(followUpsCreate, { body }));
  }

  update(followUp: FollowUpDto, changes: FollowUpChanges): Promise<FollowUpResult> {
    return this.run(
      this.api.invoke(followUpsUpdate, { id: followUp.id, body: { ...changes, version: followUp.version } }),
    );
  }

  /** Marks it done; a recurring one's answer names the next one (`nextFollowUpId`). */
  complete(followUp: FollowUpDto): Promise<FollowUpResult> {
    return this.update(followUp, { status: 'done' });
  }

  cancel(followUp: FollowUpDto): Promise<FollowUpResult> {
    return this.update(followUp, { status: 'cancelled' });
  }

  private async run(call: Observable<FollowUpDto>): Promise<FollowUpResult> {
    try {
      return { followUp: await firstValueFrom(call), problem: null };
    } catch (error: unknown) {
      return { followUp: null, problem: toApiProblem(error) };
    }
  }
}
