import { Injectable, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { type ApiProblem, toApiProblem } from '../core/api/api-problem';
import { Api } from '../core/api/generated/api';
import { publicRequestsSubmit } from '../core/api/generated/fn/public-requests/public-requests-submit';
import type { PublicRequestReceiptDto } from '../core/api/generated/models/public-request-receipt-dto';
import type { PublicRequestSubmissionDto } from '../core/api/generated/models/public-request-submission-dto';

/** The server's answer when an Idempotency-Key comes back with different content. */
export const IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED';

export type SubmitResult =
  { receipt: PublicRequestReceiptDto; problem: null } | { receipt: null; problem: ApiProblem };

/**
 * Sends one fill of the public form. The Idempotency-Key stays the same for every attempt of one fill,
 * so a retry after a lost answer cannot create the request twice; a received request starts a new fill.
 * Provided by the form component: each form gets its own key.
 */
@Injectable()
export class PublicRequestSubmissionStore {
  private readonly api = inject(Api);
  private readonly sending = signal(false);
  private idempotencyKey = crypto.randomUUID();

  readonly isSending = this.sending.asReadonly();

  async submit(body: PublicRequestSubmissionDto): Promise<SubmitResult> {
    this.sending.set(true);
    try {
      const receipt = await firstValueFrom(
        this.api.invoke(publicRequestsSubmit, { 'Idempotency-Key': this.idempotencyKey, body }),
      );
      this.idempotencyKey = crypto.randomUUID();
      return { receipt, problem: null };
    } catch (error: unknown) {
      const problem = toApiProblem(error);
      if (problem.code === IDEMPOTENCY_KEY_REUSED) {
        // An earlier attempt of this fill was received with other content; sending again is a new request.
        this.idempotencyKey = crypto.randomUUID();
      }
      return { receipt: null, problem };
    } finally {
      this.sending.set(false);
    }
  }
}
