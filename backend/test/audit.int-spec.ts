import { Accounts, signIn, type SignedInClient } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

describe('GET /api/v1/audit-events', () => {
  let testApp: TestApp;
  let accounts: Accounts;
  let coordinator: SignedInClient;
  let coordinatorId: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    accounts = new Accounts(testApp.app);
    const user = await accounts.user('coordinator', { displayName: 'Kaisa Koordinaattori' });
    coordinatorId = user.id;
    coordinator = await signIn(testApp.app, user.email);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('shows who did what to which record, newest first, filtered by record, actor and time', async () => {
    const from = new Date().toISOString();
    const created = await coordinator
      .post('/api/v1/users', {
        email: 'audit.me@example.test',
        displayName: 'Audit Me',
        role: 'ministry',
        preferredLanguage: 'fi',
      })
      .expect(201);
    await coordinator
      .patch(`/api/v1/users/${created.body.id}`, { version: 1, displayName: 'Audited' })
      .expect(200);
    const other = await signIn(testApp.app, (await accounts.user('agent')).email);
    await other.patch('/api/v1/auth/me', { displayName: 'Someone Else' }).expect(200);

    const byRecord = await coordinator
      .get(`/api/v1/audit-events?entityType=user&entityId=${created.body.id}`)
      .expect(200);
    expect(byRecord.body.total).toBe(2);
    expect(byRecord.body.items[0]).toMatchObject({
      action: 'update',
      entityType: 'user',
      entityId: created.body.id,
      actor: { id: coordinatorId, displayName: 'Kaisa Koordinaattori' },
      changes: { displayName: { old: 'Audit Me', new: 'Audited' } },
    });
    expect(byRecord.body.items[0].requestId).toEqual(expect.any(String));
    expect(byRecord.body.items[1].action).toBe('create');

    const byActor = await coordinator
      .get(`/api/v1/audit-events?actorId=${coordinatorId}&from=${encodeURIComponent(from)}`)
      .expect(200);
    expect(
      byActor.body.items.every((event: { actor: { id: string } }) => event.actor.id === coordinatorId),
    ).toBe(true);
    expect(byActor.body.total).toBe(2);

    const future = await coordinator
      .get(`/api/v1/audit-events?from=${encodeURIComponent('2999-01-01T00:00:00Z')}`)
      .expect(200);
    expect(future.body.total).toBe(0);
    const paged = await coordinator.get('/api/v1/audit-events?pageSize=1&page=2').expect(200);
    expect(paged.body.items).toHaveLength(1);
  });

  it('never records secrets', async () => {
    const user = await accounts.user('agent');
    const client = await signIn(testApp.app, user.email);
    await client
      .post('/api/v1/auth/password', {
        currentPassword: 'correct horse battery staple',
        newPassword: 'another long passphrase',
      })
      .expect(204);
    await client.post('/api/v1/auth/tokens', { name: 'x', expiresInDays: 1 }).expect(201);
    const rows = await testApp.dataSource.query('SELECT changes::text AS changes FROM audit_events');
    const everything = rows.map((row: { changes: string }) => row.changes).join('\n');
    expect(everything).not.toMatch(/argon2|passwordHash|tokenHash|crm_/);
  });

  it('rejects malformed filters', async () => {
    const response = await coordinator.get('/api/v1/audit-events?actorId=me&from=yesterday').expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'actorId',
      'from',
    ]);
  });
});
