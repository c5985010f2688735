import { helsinkiDate } from '../src/common/time/helsinki-date';
import { Accounts, signIn, type SignedInClient } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

describe('agents and region assignments', () => {
  let testApp: TestApp;
  let accounts: Accounts;
  let coordinator: SignedInClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    accounts = new Accounts(testApp.app);
    coordinator = await signIn(testApp.app, (await accounts.user('coordinator')).email);
  });

  afterAll(async () => {
    await testApp.close();
  });

  const auditCount = (): Promise<number> => accounts.auditEventCount();

  it('lists agents with the regions they cover today and filters by region', async () => {
    const agent = await accounts.agent(['13', '14']);
    const all = await coordinator.get('/api/v1/agents?pageSize=100').expect(200);
    const listed = all.body.items.find((item: { userId: string }) => item.userId === agent.id);
    expect(listed).toMatchObject({
      displayName: agent.displayName,
      regionCodes: ['13', '14'],
      monthlyCapacityHours: 40,
    });
    const region14 = await coordinator.get('/api/v1/agents?regionCode=14').expect(200);
    expect(region14.body.items.map((item: { userId: string }) => item.userId)).toEqual([agent.id]);
    await coordinator.get('/api/v1/agents?regionCode=1').expect(400);
  });

  it('updates host organisation and capacity with optimistic locking, one audit event', async () => {
    const agent = await accounts.agent(['15']);
    const loaded = await coordinator.get(`/api/v1/agents/${agent.id}`).expect(200);
    const before = await auditCount();
    const updated = await coordinator
      .patch(`/api/v1/agents/${agent.id}`, { version: loaded.body.version, monthlyCapacityHours: 55 })
      .expect(200);
    expect(updated.body).toMatchObject({ monthlyCapacityHours: 55, hostOrganisation: 'Testiliitto' });
    expect(await auditCount()).toBe(before + 1);
    const events = await testApp.dataSource.query(
      "SELECT changes FROM audit_events WHERE entity_type = 'agent' AND entity_id = $1",
      [agent.id],
    );
    expect(events).toEqual([{ changes: { monthlyCapacityHours: { old: 40, new: 55 } } }]);
    const stale = await coordinator
      .patch(`/api/v1/agents/${agent.id}`, { version: loaded.body.version, monthlyCapacityHours: 1 })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    await coordinator
      .patch(`/api/v1/agents/${agent.id}`, { version: updated.body.version, monthlyCapacityHours: 800 })
      .expect(400);
    await coordinator
      .patch('/api/v1/agents/00000000-0000-4000-8000-000000000000', { version: 1 })
      .expect(404);
  });

  it('keeps one agent per region on any day: overlaps are refused naming the conflict', async () => {
    const first = await accounts.agent([]);
    const second = await accounts.agent([]);
    const created = await coordinator
      .post(`/api/v1/agents/${first.id}/assignments`, {
        regionCode: '16',
        validFrom: '2024-01-01',
        validTo: '2025-06-30',
      })
      .expect(201);
    expect(created.body).toMatchObject({
      agentUserId: first.id,
      regionCode: '16',
      validFrom: '2024-01-01',
      validTo: '2025-06-30',
      isCurrent: false,
    });

    const before = await auditCount();
    const overlap = await coordinator
      .post(`/api/v1/agents/${second.id}/assignments`, { regionCode: '16', validFrom: '2025-06-30' })
      .expect(409);
    expect(overlap.body.code).toBe('ASSIGNMENT_OVERLAP');
    expect(overlap.body.detail).toContain(first.displayName);
    expect(overlap.body.detail).toContain('2024-01-01 to 2025-06-30');
    expect(await auditCount()).toBe(before);

    const next = await coordinator
      .post(`/api/v1/agents/${second.id}/assignments`, { regionCode: '16', validFrom: '2025-07-01' })
      .expect(201);
    expect(next.body).toMatchObject({ validTo: null, isCurrent: helsinkiDate() >= '2025-07-01' });
    expect(await auditCount()).toBe(before + 1);

    const timeline = await coordinator.get('/api/v1/assignments?regionCode=16').expect(200);
    expect(
      timeline.body.items.map((item: { agentDisplayName: string; validFrom: string }) => [
        item.agentDisplayName,
        item.validFrom,
      ]),
    ).toEqual([
      [second.displayName, '2025-07-01'],
      [first.displayName, '2024-01-01'],
    ]);
  });

  it('lets one agent cover several regions at once', async () => {
    const agent = await accounts.agent(['17']);
    await coordinator
      .post(`/api/v1/agents/${agent.id}/assignments`, { regionCode: '18', validFrom: '2020-01-01' })
      .expect(201);
    const loaded = await coordinator.get(`/api/v1/agents/${agent.id}`).expect(200);
    expect(loaded.body.regionCodes).toEqual(['17', '18']);
    expect(loaded.body.assignments).toHaveLength(2);
  });

  it('validates periods and regions', async () => {
    const agent = await accounts.agent([]);
    const backwards = await coordinator
      .post(`/api/v1/agents/${agent.id}/assignments`, {
        regionCode: '19',
        validFrom: '2026-05-01',
        validTo: '2026-04-30',
      })
      .expect(400);
    expect(backwards.body.errors).toEqual([
      expect.objectContaining({ field: 'validTo', code: 'notBeforeValidFrom' }),
    ]);
    const unknownRegion = await coordinator
      .post(`/api/v1/agents/${agent.id}/assignments`, { regionCode: '99', validFrom: '2026-05-01' })
      .expect(400);
    expect(unknownRegion.body.errors).toEqual([
      expect.objectContaining({ field: 'regionCode', code: 'unknownRegion' }),
    ]);
    const badDate = await coordinator
      .post(`/api/v1/agents/${agent.id}/assignments`, { regionCode: '19', validFrom: '2026-02-30' })
      .expect(400);
    expect(badDate.body.errors).toEqual([expect.objectContaining({ field: 'validFrom' })]);
    await coordinator
      .post('/api/v1/agents/00000000-0000-4000-8000-000000000000/assignments', {
        regionCode: '19',
        validFrom: '2026-05-01',
      })
      .expect(404);
  });

  it('ends and removes assignments, each with one audit event', async () => {
    const agent = await accounts.agent([]);
    const created = await coordinator
      .post(`/api/v1/agents/${agent.id}/assignments`, { regionCode: '11', validFrom: '2021-03-01' })
      .expect(201);
    const id = created.body.id as string;
    const before = await auditCount();
    const ended = await coordinator.patch(`/api/v1/assignments/${id}`, { validTo: '2022-12-31' }).expect(200);
    expect(ended.body).toMatchObject({ validTo: '2022-12-31', isCurrent: false });
    expect(await auditCount()).toBe(before + 1);
    const reopened = await coordinator.patch(`/api/v1/assignments/${id}`, { validTo: null }).expect(200);
    expect(reopened.body.validTo).toBeNull();
    await coordinator.delete(`/api/v1/assignments/${id}`).expect(204);
    expect(await auditCount()).toBe(before + 3);
    const events = await testApp.dataSource.query(
      "SELECT action, changes FROM audit_events WHERE entity_type = 'assignment' AND entity_id = $1 ORDER BY occurred_at",
      [id],
    );
    expect(events.map((event: { action: string }) => event.action)).toEqual([
      'create',
      'update',
      'update',
      'delete',
    ]);
    expect(events[1].changes).toEqual({ validTo: { old: null, new: '2022-12-31' } });
    expect(events[3].changes).toMatchObject({ regionCode: { old: '11', new: null } });
    await coordinator.delete(`/api/v1/assignments/${id}`).expect(404);
  });
});
