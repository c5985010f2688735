import { convertToParamMap } from '@angular/router';
import { type OutboxQuery, queryFromParams, queryToApiParams, queryToParams } from './outbox-query';

describe('outbox query', () => {
  it.each<[Record<string, string>, OutboxQuery]>([
    [{}, { status: null, page: 1, pageSize: 25 }],
    [
      { status: 'failed', page: '3', pageSize: '50' },
      { status: 'failed', page: 3, pageSize: 50 },
    ],
    [{ status: 'captured' }, { status: 'captured', page: 1, pageSize: 25 }],
    [
      { status: 'bounced', page: '0', pageSize: '7' },
      { status: null, page: 1, pageSize: 25 },
    ],
    [
      { page: '-2', pageSize: 'many' },
      { status: null, page: 1, pageSize: 25 },
    ],
  ])('reads %p from the address as %p', (params, expected) => {
    expect(queryFromParams(convertToParamMap(params))).toEqual(expected);
  });

  it.each<[OutboxQuery, Record<string, string>]>([
    [{ status: null, page: 1, pageSize: 25 }, {}],
    [
      { status: 'pending', page: 2, pageSize: 100 },
      { status: 'pending', page: '2', pageSize: '100' },
    ],
  ])('writes %p into the address as %p', (query, expected) => {
    expect(queryToParams(query)).toEqual(expected);
  });

  it('asks the API for the status only when one is chosen', () => {
    expect(queryToApiParams({ status: null, page: 1, pageSize: 25 })).toEqual({ page: 1, pageSize: 25 });
    expect(queryToApiParams({ status: 'sent', page: 2, pageSize: 25 })).toEqual({
      status: 'sent',
      page: 2,
      pageSize: 25,
    });
  });
});
