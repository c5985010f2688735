import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AgentDto } from '../../core/api/generated/models/agent-dto';
import type { AssignmentDto } from '../../core/api/generated/models/assignment-dto';
import { settle } from '../../../testing/account-fixtures';
import { AgentStore, periodsOverlap } from './agent.store';

const AGENT_ID = '7a7a7a7a-0000-4000-8000-000000000001';
const AGENT: AgentDto = {
  userId: AGENT_ID,
  displayName: 'Aino Agentti',
  email: 'aino@example.fi',
  isActive: true,
  hostOrganisation: 'Uudenmaan liitto',
  monthlyCapacityHours: 40,
  regionCodes: ['01'],
  version: 2,
  assignments: [],
};
const OTHER: AssignmentDto = {
  id: 'a-other',
  agentUserId: 'someone-else',
  agentDisplayName: 'Olli Toinen',
  regionCode: '02',
  validFrom: '2024-01-01',
  validTo: null,
  isCurrent: true,
};

describe('periodsOverlap', () => {
  it.each([
    ['2024-01-01', '2024-12-31', '2024-12-31', null, true],
    ['2024-01-01', '2024-12-31', '2025-01-01', null, false],
    ['2024-01-01', null, '2030-01-01', '2030-02-01', true],
    ['2024-06-01', '2024-06-30', '2024-01-01', '2024-05-31', false],
    ['2024-06-01', '2024-06-30', '2024-01-01', '2024-06-01', true],
  ])('%s–%s and %s–%s share a day: %p', (fromA, toA, fromB, toB, expected) => {
    expect(periodsOverlap({ validFrom: fromA, validTo: toA }, { validFrom: fromB, validTo: toB })).toBe(
      expected,
    );
  });
});

describe('AgentStore', () => {
  let store: AgentStore;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), AgentStore],
    });
    store = TestBed.inject(AgentStore);
    http = TestBed.inject(HttpTestingController);
    const loading = store.load(AGENT_ID);
    http.expectOne(`/api/v1/agents/${AGENT_ID}`).flush(AGENT);
    await loading;
  });

  afterEach(() => http.verify());

  it('saves host organisation and capacity with the loaded version', async () => {
    const saving = store.update({ hostOrganisation: 'Helsingin kaupunki', monthlyCapacityHours: 20 });
    const request = http.expectOne({ method: 'PATCH', url: `/api/v1/agents/${AGENT_ID}` });
    expect(request.request.body).toEqual({
      version: 2,
      hostOrganisation: 'Helsingin kaupunki',
      monthlyCapacityHours: 20,
    });
    request.flush({ ...AGENT, hostOrganisation: 'Helsingin kaupunki', monthlyCapacityHours: 20, version: 3 });

    await expect(saving).resolves.toBeNull();
    expect(store.agent()?.version).toBe(3);
  });

  it('adds an assignment and reloads the agent', async () => {
    const adding = store.addAssignment({ regionCode: '02', validFrom: '2027-01-01' });
    const request = http.expectOne({ method: 'POST', url: `/api/v1/agents/${AGENT_ID}/assignments` });
    expect(request.request.body).toEqual({ regionCode: '02', validFrom: '2027-01-01' });
    request.flush({ ...OTHER, id: 'a-new', agentUserId: AGENT_ID }, { status: 201, statusText: 'Created' });
    await settle();
    http.expectOne(`/api/v1/agents/${AGENT_ID}`).flush({ ...AGENT, version: 3 });

    await expect(adding).resolves.toBeNull();
    expect(store.agent()?.version).toBe(3);
  });

  it('names the assignment an overlap conflicts with', async () => {
    const adding = store.addAssignment({ regionCode: '02', validFrom: '2026-01-01', validTo: '2026-12-31' });
    http
      .expectOne(`/api/v1/agents/${AGENT_ID}/assignments`)
      .flush(
        { code: 'ASSIGNMENT_OVERLAP', status: 409, detail: 'Region 02 is covered by Olli Toinen' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    const lookup = http.expectOne((request) => request.url === '/api/v1/assignments');
    expect(lookup.request.params.get('regionCode')).toBe('02');
    lookup.flush({
      items: [
        { ...OTHER, id: 'a-old', validFrom: '2020-01-01', validTo: '2023-12-31', isCurrent: false },
        OTHER,
      ],
      total: 2,
      page: 1,
      pageSize: 100,
    });

    const result = await adding;
    expect(result?.problem.code).toBe('ASSIGNMENT_OVERLAP');
    expect(result?.conflict?.id).toBe('a-other');
  });

  it('ends an assignment by setting its last day', async () => {
    const ending = store.endAssignment(OTHER, '2026-12-31');
    const request = http.expectOne({ method: 'PATCH', url: '/api/v1/assignments/a-other' });
    expect(request.request.body).toEqual({ validTo: '2026-12-31' });
    request.flush({ ...OTHER, validTo: '2026-12-31' });
    await settle();
    http.expectOne(`/api/v1/agents/${AGENT_ID}`).flush(AGENT);

    await expect(ending).resolves.toBeNull();
  });
});
