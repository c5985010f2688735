import request from 'supertest';
import { Accounts, TEST_PASSWORD, signIn, type SignedInClient } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

interface AuditRow {
  action: string;
  entity_type: string;
  entity_id: string;
  actor_user_id: string | null;
  changes: Record<string, { old: unknown; new: unknown }>;
}

describe('user administration', () => {
  let testApp: TestApp;
  let accounts: Accounts;
  let coordinator: SignedInClient;
  let coordinatorId: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    accounts = new Accounts(testApp.app);
    const user = await accounts.user('coordinator');
    coordinatorId = user.id;
    coordinator = await signIn(testApp.app, user.email);
  });

  afterAll(async () => {
    await testApp.close();
  });

  const eventsFor = (entityId: string): Promise<AuditRow[]> =>
    testApp.dataSource.query(
      'SELECT action, entity_type, entity_id, actor_user_id, changes FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at',
      [entityId],
    );

  it('creates an agent with their agent record, one audit event and a password link, without a password', async () => {
    const before = await accounts.auditEventCount();
    const response = await coordinator
      .post('/api/v1/users', {
        email: ' Uusi.Agentti@Example.TEST ',
        displayName: 'Uusi Agentti',
        role: 'agent',
        preferredLanguage: 'sv',
        hostOrganisation: 'Pohjanmaan liitto',
        monthlyCapacityHours: 30,
      })
      .expect(201);
    expect(response.body).toMatchObject({
      email: 'uusi.agentti@example.test',
      displayName: 'Uusi Agentti',
      role: 'agent',
      preferredLanguage: 'sv',
      isActive: true,
      hasPassword: false,
      unitId: null,
      version: 1,
    });
    expect(response.body).not.toHaveProperty('passwordHash');
    const id = response.body.id as string;
    expect(await accounts.auditEventCount()).toBe(before + 1);
    expect(await eventsFor(id)).toEqual([
      {
        action: 'create',
        entity_type: 'user',
        entity_id: id,
        actor_user_id: coordinatorId,
        changes: {
          email: { old: null, new: 'uusi.agentti@example.test' },
          displayName: { old: null, new: 'Uusi Agentti' },
          role: { old: null, new: 'agent' },
          preferredLanguage: { old: null, new: 'sv' },
          isActive: { old: null, new: true },
          hostOrganisation: { old: null, new: 'Pohjanmaan liitto' },
          monthlyCapacityHours: { old: null, new: 30 },
        },
      },
    ]);
    const agent = await coordinator.get(`/api/v1/agents/${id}`).expect(200);
    expect(agent.body).toMatchObject({
      hostOrganisation: 'Pohjanmaan liitto',
      monthlyCapacityHours: 30,
      regionCodes: [],
    });
    const links = await testApp.dataSource.query(
      'SELECT count(*)::int AS count FROM password_setup_tokens WHERE user_id = $1',
      [id],
    );
    expect(links[0].count).toBe(1);
    await testApp.http
      .post('/api/v1/auth/login')
      .send({ email: 'uusi.agentti@example.test', password: TEST_PASSWORD })
      .expect(401);
  });

  it('refuses a second user with the same email in another case (409 naming the field)', async () => {
    const existing = await accounts.user('ministry');
    const response = await coordinator
      .post('/api/v1/users', {
        email: existing.email.toUpperCase(),
        displayName: 'Kopio',
        role: 'ministry',
        preferredLanguage: 'fi',
      })
      .expect(409);
    expect(response.body).toMatchObject({
      code: 'EMAIL_TAKEN',
      errors: [expect.objectContaining({ field: 'email' })],
    });
  });

  it('validates role-specific fields', async () => {
    const noUnit = await coordinator
      .post('/api/v1/users', {
        email: 'u1@example.test',
        displayName: 'U',
        role: 'unit',
        preferredLanguage: 'fi',
      })
      .expect(400);
    expect(noUnit.body.errors).toEqual([expect.objectContaining({ field: 'unitId', code: 'required' })]);
    const unknownUnit = await coordinator
      .post('/api/v1/users', {
        email: 'u2@example.test',
        displayName: 'U',
        role: 'unit',
        preferredLanguage: 'fi',
        unitId: '00000000-0000-4000-8000-000000000000',
      })
      .expect(400);
    expect(unknownUnit.body.errors).toEqual([
      expect.objectContaining({ field: 'unitId', code: 'unknownUnit' }),
    ]);
    const invalid = await coordinator
      .post('/api/v1/users', {
        email: 'not-an-email',
        displayName: '',
        role: 'admin',
        preferredLanguage: 'de',
        extra: 1,
      })
      .expect(400);
    expect(invalid.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(
      ['displayName', 'email', 'extra', 'preferredLanguage', 'role'].sort(),
    );
    const unit = await accounts.unit('01');
    await coordinator
      .post('/api/v1/users', {
        email: 'u3@example.test',
        displayName: 'U',
        role: 'unit',
        preferredLanguage: 'fi',
        unitId: unit.id,
      })
      .expect(201);
  });

  it('lists with search, role and active filters, sorting and paging', async () => {
    await accounts.user('ministry', { displayName: 'Öljy Östen', email: 'osten@example.test' });
    await accounts.user('ministry', {
      displayName: 'Aapo Aakkonen',
      email: 'aapo@example.test',
      isActive: false,
    });
    const search = await coordinator.get('/api/v1/users?q=aakko').expect(200);
    expect(search.body.items.map((user: { email: string }) => user.email)).toEqual(['aapo@example.test']);
    const activeMinistry = await coordinator
      .get('/api/v1/users?role=ministry&isActive=true&pageSize=100')
      .expect(200);
    expect(
      activeMinistry.body.items.every(
        (user: { role: string; isActive: boolean }) => user.role === 'ministry' && user.isActive,
      ),
    ).toBe(true);
    const sorted = await coordinator
      .get('/api/v1/users?role=ministry&sort=-displayName&pageSize=1')
      .expect(200);
    expect(sorted.body.items[0].displayName).toBe('Öljy Östen');
    expect(sorted.body.total).toBeGreaterThan(1);
    await coordinator.get('/api/v1/users?sort=password').expect(400);
    await coordinator.get('/api/v1/users?isActive=maybe').expect(400);
  });

  it('updates with optimistic locking and records old and new values', async () => {
    const user = await accounts.user('agent', { displayName: 'Vanha Nimi' });
    const stale = await coordinator
      .patch(`/api/v1/users/${user.id}`, { version: user.version + 5, displayName: 'X' })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    const updated = await coordinator
      .patch(`/api/v1/users/${user.id}`, {
        version: user.version,
        displayName: 'Uusi Nimi',
        preferredLanguage: 'en',
      })
      .expect(200);
    expect(updated.body).toMatchObject({
      displayName: 'Uusi Nimi',
      preferredLanguage: 'en',
      version: user.version + 1,
    });
    const events = await eventsFor(user.id);
    expect(events).toEqual([
      expect.objectContaining({
        action: 'update',
        changes: {
          displayName: { old: 'Vanha Nimi', new: 'Uusi Nimi' },
          preferredLanguage: { old: 'fi', new: 'en' },
        },
      }),
    ]);
    await coordinator
      .patch(`/api/v1/users/${user.id}`, { version: user.version, displayName: 'Myöhässä' })
      .expect(409);
  });

  it('deactivation ends every session and API token of the user and refuses new sign-ins', async () => {
    const user = await accounts.user('agent');
    const session = await signIn(testApp.app, user.email);
    const token = (
      await session.post('/api/v1/auth/tokens', { name: 'skripti', expiresInDays: 10 }).expect(201)
    ).body.token;
    const bearer = request(testApp.app.getHttpServer());
    await bearer.get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(200);

    const response = await coordinator
      .patch(`/api/v1/users/${user.id}`, { version: user.version, isActive: false })
      .expect(200);
    expect(response.body.isActive).toBe(false);
    await session.get('/api/v1/auth/me').expect(401);
    await bearer.get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
    await testApp.http
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(401);
    const revoked = await testApp.dataSource.query(
      'SELECT (SELECT count(*)::int FROM sessions WHERE user_id = $1 AND revoked_at IS NULL) AS sessions, (SELECT count(*)::int FROM api_tokens WHERE user_id = $1 AND revoked_at IS NULL) AS tokens',
      [user.id],
    );
    expect(revoked).toEqual([{ sessions: 0, tokens: 0 }]);
    const events = await eventsFor(user.id);
    expect(events.filter((event) => event.entity_type === 'user')).toEqual([
      expect.objectContaining({ action: 'update', changes: { isActive: { old: true, new: false } } }),
    ]);
  });

  it('issues a new password link on request, audited', async () => {
    const user = await accounts.user('ministry');
    await coordinator.post(`/api/v1/users/${user.id}/password-setup`).expect(204);
    expect((await eventsFor(user.id)).map((event) => event.action)).toEqual(['password_link_issued']);
    await coordinator.post('/api/v1/users/00000000-0000-4000-8000-000000000000/password-setup').expect(404);
  });

  it('answers 404 for an unknown user and 400 for a malformed id', async () => {
    const missing = await coordinator.get('/api/v1/users/00000000-0000-4000-8000-000000000000').expect(404);
    expect(missing.body.code).toBe('NOT_FOUND');
    const malformed = await coordinator.get('/api/v1/users/123').expect(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'id' })]);
  });

  it('lets users edit their own name and language, audited', async () => {
    const user = await accounts.user('unit', { unitId: (await accounts.unit('05')).id });
    const client = await signIn(testApp.app, user.email);
    const response = await client.patch('/api/v1/auth/me', { preferredLanguage: 'sv' }).expect(200);
    expect(response.body.preferredLanguage).toBe('sv');
    await client.patch('/api/v1/auth/me', { role: 'coordinator' }).expect(400);
    expect(await eventsFor(user.id)).toEqual([
      expect.objectContaining({
        action: 'update',
        actor_user_id: user.id,
        changes: { preferredLanguage: { old: 'fi', new: 'sv' } },
      }),
    ]);
  });
});
