import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuditStore } from './audit.store';

describe('AuditStore', () => {
  let store: AuditStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), AuditStore],
    });
    store = TestBed.inject(AuditStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('filters by record type and actor and turns Helsinki days into the API’s instants', () => {
    store.setQuery({ entityType: 'assignment', actorId: 'actor-1', from: '2026-03-01', to: '2026-03-31' });

    const request = http.expectOne((candidate) => candidate.url === '/api/v1/audit-events');
    const params = request.request.params;
    expect(Object.fromEntries(params.keys().map((key) => [key, params.get(key)]))).toEqual({
      entityType: 'assignment',
      actorId: 'actor-1',
      // Midnight in Helsinki (UTC+2), and the end exclusive: the start of the day after (UTC+3 after 29 March).
      from: '2026-02-28T22:00:00.000Z',
      to: '2026-03-31T21:00:00.000Z',
      page: '1',
      pageSize: '25',
    });
    request.flush({ items: [], total: 0, page: 1, pageSize: 25 });
    expect(store.total()).toBe(0);
  });

  it('sends no filters that are not chosen', () => {
    store.load();

    const request = http.expectOne((candidate) => candidate.url === '/api/v1/audit-events');
    expect(request.request.params.keys().sort()).toEqual(['page', 'pageSize']);
    request.flush({ items: [], total: 0, page: 1, pageSize: 25 });
  });
});
