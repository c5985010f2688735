import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { UserDto } from '../../core/api/generated/models/user-dto';
import { UsersStore } from './users.store';

const USER: UserDto = {
  id: '5b1c2d3e-0000-4000-8000-000000000001',
  email: 'aino.agentti@example.fi',
  displayName: 'Aino Agentti',
  role: 'agent',
  preferredLanguage: 'fi',
  isActive: true,
  hasPassword: true,
  unitId: null,
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
  version: 1,
};

describe('UsersStore', () => {
  let store: UsersStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), UsersStore],
    });
    store = TestBed.inject(UsersStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function expectList(): TestRequest {
    return http.expectOne((request) => request.method === 'GET' && request.url === '/api/v1/users');
  }

  function paramsOf(request: TestRequest): Record<string, string | null> {
    const params = request.request.params;
    return Object.fromEntries(params.keys().map((key) => [key, params.get(key)]));
  }

  function page(items: UserDto[], total = items.length): object {
    return { items, total, page: 1, pageSize: 25 };
  }

  it('loads the first page sorted by name, without filters', () => {
    store.load();
    const request = expectList();

    expect(paramsOf(request)).toEqual({ page: '1', pageSize: '25', sort: 'displayName' });
    expect(store.isLoading()).toBe(true);
    request.flush(page([USER], 31));

    expect(store.isLoading()).toBe(false);
    expect(store.items()).toEqual([USER]);
    expect(store.total()).toBe(31);
  });

  it('sends the search, role and active filters', () => {
    store.setQuery({ q: '  aino ', role: 'agent', isActive: false });

    expect(paramsOf(expectList())).toEqual({
      q: 'aino',
      role: 'agent',
      isActive: 'false',
      page: '1',
      pageSize: '25',
      sort: 'displayName',
    });
  });

  it('pages and sorts while keeping the filters', () => {
    store.setQuery({ role: 'coordinator', isActive: true });
    expectList().flush(page([USER], 120));

    store.setQuery({ page: 3, pageSize: 50 });
    expect(paramsOf(expectList())).toEqual({
      role: 'coordinator',
      isActive: 'true',
      page: '3',
      pageSize: '50',
      sort: 'displayName',
    });
  });

  it('starts from the first page when the sort or a filter changes', () => {
    store.setQuery({ page: 4 });
    expectList().flush(page([]));

    store.setQuery({ sort: '-createdAt' });
    expect(paramsOf(expectList())).toEqual({ page: '1', pageSize: '25', sort: '-createdAt' });
  });

  it('uses only the answer to the newest query', () => {
    store.setQuery({ q: 'ai' });
    store.setQuery({ q: 'aino' });

    const [older, newer] = http.match((request) => request.url === '/api/v1/users');
    expect(older.cancelled).toBe(true);
    newer.flush(page([USER]));

    expect(store.query().q).toBe('aino');
    expect(store.items()).toEqual([USER]);
  });

  it('reports a failed load', () => {
    store.load();
    expectList().flush(null, { status: 500, statusText: 'Server Error' });

    expect(store.hasError()).toBe(true);
    expect(store.isLoading()).toBe(false);
  });
});
