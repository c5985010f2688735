import { HttpErrorResponse } from '@angular/common/http';
import type { FieldErrorDto } from './generated/models/field-error-dto';

/** What the frontend needs from a failed API call (an RFC 9457 problem document, see docs/api-errors.md). */
export interface ApiProblem {
  /** The HTTP status; 0 when the server could not be reached. */
  status: number;
  /** The stable error code, e.g. `EMAIL_TAKEN`; null when the answer was not a problem document. */
  code: string | null;
  /** The server's English explanation; shown only where it names the conflicting record. */
  detail: string | null;
  errors: readonly FieldErrorDto[];
  /** From the `Retry-After` header (seconds), on 429 answers. */
  retryAfterSeconds: number | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isFieldError(value: unknown): value is FieldErrorDto {
  return isRecord(value) && typeof value['field'] === 'string' && typeof value['code'] === 'string';
}

function parseBody(body: unknown): unknown {
  if (typeof body !== 'string') {
    return body;
  }
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

function parseRetryAfter(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value.trim())) {
    return null;
  }
  return Number(value.trim());
}

/** Reads any error thrown by HttpClient into an {@link ApiProblem}. */
export function toApiProblem(error: unknown): ApiProblem {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: 0, code: null, detail: null, errors: [], retryAfterSeconds: null };
  }
  // Answers to text requests (204 operations) arrive as strings.
  const body = parseBody(error.error);
  const document = isRecord(body) ? body : {};
  const errors = Array.isArray(document['errors']) ? document['errors'].filter(isFieldError) : [];
  return {
    status: error.status,
    code: typeof document['code'] === 'string' ? document['code'] : null,
    detail: typeof document['detail'] === 'string' ? document['detail'] : null,
    errors,
    retryAfterSeconds: parseRetryAfter(error.headers?.get('Retry-After') ?? null),
  };
}

/** The translation key of a general message for a failure that has no more specific one. */
export function generalProblemKey(problem: ApiProblem): string {
  switch (problem.status) {
    case 0:
      return 'errors.network';
    case 400:
      return 'errors.checkFields';
    case 403:
      return 'errors.forbidden';
    case 404:
      return 'errors.notFound';
    case 409:
      return 'errors.conflict';
    case 429:
      return 'errors.tooManyRequests';
    default:
      return 'errors.unexpected';
  }
}
