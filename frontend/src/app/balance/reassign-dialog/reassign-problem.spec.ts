import type { ApiProblem } from '../../core/api/api-problem';
import { notInQueueMessage, reassignProblemMessage } from './reassign-problem';

function problem(overrides: Partial<ApiProblem>): ApiProblem {
  return { status: 400, code: null, detail: null, errors: [], retryAfterSeconds: null, ...overrides };
}

describe('reassign problem messages', () => {
  it.each([
    [problem({ status: 409, code: 'REQUEST_NOT_OPEN' }), false, 'balance.reassign.problems.notOpen'],
    [problem({ status: 409, code: 'STALE_VERSION' }), false, 'balance.reassign.problems.stale'],
    [problem({ status: 400, code: 'VALIDATION_FAILED' }), true, 'errors.checkFields'],
    [problem({ status: 400, code: 'VALIDATION_FAILED' }), false, 'errors.checkFields'],
    [problem({ status: 403, code: 'FORBIDDEN' }), false, 'errors.forbidden'],
    [problem({ status: 404, code: 'NOT_FOUND' }), false, 'errors.notFound'],
    [problem({ status: 0 }), false, 'errors.network'],
    [problem({ status: 500 }), false, 'errors.unexpected'],
  ])('says %p (field errors shown: %s) with %s', (given, hasFieldErrors, key) => {
    expect(reassignProblemMessage(given, hasFieldErrors).key).toBe(key);
  });

  it('keeps the server’s detail to show under the message', () => {
    const detail = 'The request is closed or cancelled, so it cannot be reassigned.';
    expect(reassignProblemMessage(problem({ status: 409, code: 'REQUEST_NOT_OPEN', detail }), false)).toEqual(
      {
        key: 'balance.reassign.problems.notOpen',
        params: {},
        detail,
      },
    );
    expect(reassignProblemMessage(problem({ detail: '  ' }), false).detail).toBeNull();
  });

  it('names who has the request when it already left the queue', () => {
    expect(notInQueueMessage('Elina Pesonen')).toEqual({
      key: 'balance.reassign.problems.notInQueue',
      params: { name: 'Elina Pesonen' },
      detail: null,
    });
    expect(notInQueueMessage(null).key).toBe('balance.reassign.problems.notInQueueNoAgent');
  });
});
