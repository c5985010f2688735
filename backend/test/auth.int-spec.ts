import request from 'supertest';
import { CredentialsService } from '../src/credentials/credentials.service';
import { Accounts, TEST_PASSWORD, cookieValue, signIn } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

describe('authentication', () => {
  let testApp: TestApp;
  let accounts: Accounts;

  beforeAll(async () => {
    testApp = await startTestApp();
    accounts = new Accounts(testApp.app);
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('POST /api/v1/auth/login', () => {
    it('signs in with an httpOnly SameSite session cookie and a readable XSRF-TOKEN cookie', async () => {
      const user = await accounts.user('coordinator', {
        email: 'kaisa.k@example.test',
        displayName: 'Kaisa K',
      });
      const response = await testApp.http
        .post('/api/v1/auth/login')
        .send({ email: '  Kaisa.K@Example.TEST ', password: TEST_PASSWORD })
        .expect(200);
      expect(response.body).toEqual({
        id: user.id,
        email: 'kaisa.k@example.test',
        displayName: 'Kaisa K',
        role: 'coordinator',
        preferredLanguage: 'fi',
        unit: null,
        agent: null,
      });
      const cookies = response.headers['set-cookie'] as unknown as string[];
      const session = cookies.find((cookie) => cookie.startsWith('crm_session='));
      expect(session).toMatch(/HttpOnly/i);
      expect(session).toMatch(/SameSite=Lax/i);
      const xsrf = cookies.find((cookie) => cookie.startsWith('XSRF-TOKEN='));
      expect(xsrf).not.toMatch(/HttpOnly/i);
    });

    it('answers a wrong password, an unknown email and a deactivated account alike', async () => {
      const active = await accounts.user('agent');
      const inactive = await accounts.user('agent', { isActive: false });
      const attempts = [
        { email: active.email, password: 'not the password' },
        { email: 'nobody@example.test', password: TEST_PASSWORD },
        { email: inactive.email, password: TEST_PASSWORD },
      ];
      const bodies = [];
      for (const attempt of attempts) {
        const response = await testApp.http.post('/api/v1/auth/login').send(attempt).expect(401);
        expect(response.headers['set-cookie']).toBeUndefined();
        const body = { ...(response.body as Record<string, unknown>) };
        delete body['requestId'];
        bodies.push(body);
      }
      expect(bodies[0]).toEqual({
        type: '/api/problems/invalid-credentials',
        title: 'Invalid credentials',
        status: 401,
        detail: 'Wrong email or password.',
        instance: '/api/v1/auth/login',
        code: 'INVALID_CREDENTIALS',
      });
      expect(bodies[1]).toEqual(bodies[0]);
      expect(bodies[2]).toEqual(bodies[0]);
    });

    it('refuses a malformed body with field errors', async () => {
      const response = await testApp.http
        .post('/api/v1/auth/login')
        .send({ email: 'x@example.test' })
        .expect(400);
      expect(response.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'password' })]),
      );
    });

    it('blocks an account after five failures in a row, even with the right password, with Retry-After', async () => {
      const user = await accounts.user('agent');
      for (let attempt = 0; attempt < 5; attempt++) {
        await testApp.http
          .post('/api/v1/auth/login')
          .send({ email: user.email, password: 'wrong' })
          .expect(401);
      }
      const blocked = await testApp.http
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: TEST_PASSWORD })
        .expect(429);
      expect(blocked.body.code).toBe('TOO_MANY_REQUESTS');
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('forgets earlier failures after a successful sign-in', async () => {
      const user = await accounts.user('agent');
      for (let attempt = 0; attempt < 4; attempt++) {
        await testApp.http
          .post('/api/v1/auth/login')
          .send({ email: user.email, password: 'wrong' })
          .expect(401);
      }
      await testApp.http
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: TEST_PASSWORD })
        .expect(200);
      for (let attempt = 0; attempt < 4; attempt++) {
        await testApp.http
          .post('/api/v1/auth/login')
          .send({ email: user.email, password: 'wrong' })
          .expect(401);
      }
      await testApp.http
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: TEST_PASSWORD })
        .expect(200);
    });
  });

  describe('sessions', () => {
    it('needs a session for /auth/me and ends it on logout', async () => {
      await testApp.http.get('/api/v1/auth/me').expect(401);
      await testApp.http.get('/api/v1/auth/me').set('Cookie', 'crm_session=forged').expect(401);
      const user = await accounts.user('ministry');
      const client = await signIn(testApp.app, user.email);
      await client.get('/api/v1/auth/me').expect(200);
      const logout = await client.post('/api/v1/auth/logout').expect(204);
      expect(cookieValue(logout.headers['set-cookie'], 'crm_session')).toBe('');
      // The old cookie value no longer works, even if a client kept it.
      const revoked = await testApp.dataSource.query(
        'SELECT count(*)::int AS count FROM sessions WHERE user_id = $1 AND revoked_at IS NOT NULL',
        [user.id],
      );
      expect(revoked[0].count).toBe(1);
    });

    it('refuses a revoked session cookie replayed after logout', async () => {
      const user = await accounts.user('ministry');
      const login = await testApp.http
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: TEST_PASSWORD })
        .expect(200);
      const session = cookieValue(login.headers['set-cookie'], 'crm_session');
      const xsrf = cookieValue(login.headers['set-cookie'], 'XSRF-TOKEN');
      const cookie = `crm_session=${session}; XSRF-TOKEN=${xsrf}`;
      await testApp.http.get('/api/v1/auth/me').set('Cookie', cookie).expect(200);
      await testApp.http
        .post('/api/v1/auth/logout')
        .set('Cookie', cookie)
        .set('X-XSRF-TOKEN', xsrf ?? '')
        .expect(204);
      const replay = await testApp.http.get('/api/v1/auth/me').set('Cookie', cookie).expect(401);
      expect(replay.body.code).toBe('UNAUTHENTICATED');
    });

    it.each([
      ['idle too long', "last_seen_at = now() - interval '3 hours'"],
      ['past its absolute expiry', "expires_at = now() - interval '1 second'"],
    ])('refuses a session %s', async (_case, expire) => {
      const user = await accounts.user('coordinator');
      const client = await signIn(testApp.app, user.email);
      await client.get('/api/v1/auth/me').expect(200);
      await testApp.dataSource.query(`UPDATE sessions SET ${expire} WHERE user_id = $1`, [user.id]);
      await client.get('/api/v1/auth/me').expect(401);
    });
  });

  describe('CSRF', () => {
    it('requires X-XSRF-TOKEN matching the session on state-changing cookie requests', async () => {
      const user = await accounts.user('agent');
      const client = await signIn(testApp.app, user.email);
      const missing = await client.http.patch('/api/v1/auth/me').send({ displayName: 'X' }).expect(403);
      expect(missing.body.code).toBe('CSRF_TOKEN_INVALID');
      await client.http
        .patch('/api/v1/auth/me')
        .set('X-XSRF-TOKEN', 'guess')
        .send({ displayName: 'X' })
        .expect(403);
      const other = await signIn(testApp.app, (await accounts.user('agent')).email);
      await client.http
        .patch('/api/v1/auth/me')
        .set('X-XSRF-TOKEN', other.xsrfToken)
        .send({ displayName: 'X' })
        .expect(403);
      const ok = await client.patch('/api/v1/auth/me', { displayName: 'Uusi Nimi' }).expect(200);
      expect(ok.body.displayName).toBe('Uusi Nimi');
    });

    it('does not need it for reads', async () => {
      const user = await accounts.user('agent');
      const client = await signIn(testApp.app, user.email);
      await client.http.get('/api/v1/units').expect(200);
    });
  });

  describe('personal API tokens', () => {
    it('are shown once, act as their owner without CSRF, and stop working when revoked', async () => {
      const user = await accounts.user('coordinator');
      const client = await signIn(testApp.app, user.email);
      const created = await client
        .post('/api/v1/auth/tokens', { name: 'Raportointi', expiresInDays: 30 })
        .expect(201);
      const token = created.body.token as string;
      expect(token).toMatch(/^crm_[A-Za-z0-9_-]{43}$/);
      expect(created.body.prefix).toBe(token.slice(0, 10));
      const listed = await client.get('/api/v1/auth/tokens').expect(200);
      expect(listed.body).toEqual([expect.objectContaining({ id: created.body.id, name: 'Raportointi' })]);
      expect(JSON.stringify(listed.body)).not.toContain(token);
      const stored = await testApp.dataSource.query('SELECT token_hash FROM api_tokens WHERE id = $1', [
        created.body.id,
      ]);
      expect(stored[0].token_hash).not.toContain(token);

      const bearer = request(testApp.app.getHttpServer());
      const me = await bearer.get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
      expect(me.body.id).toBe(user.id);
      await bearer
        .patch('/api/v1/auth/me')
        .set('Authorization', `Bearer ${token}`)
        .send({ displayName: 'Botti' })
        .expect(200);

      await client.delete(`/api/v1/auth/tokens/${created.body.id}`).expect(204);
      await bearer.get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
      await client.delete(`/api/v1/auth/tokens/${created.body.id}`).expect(404);
    });

    it('refuse expired and unknown tokens and validate the request', async () => {
      const user = await accounts.user('agent');
      const client = await signIn(testApp.app, user.email);
      const created = await client
        .post('/api/v1/auth/tokens', { name: 'Vanha', expiresInDays: 1 })
        .expect(201);
      await testApp.dataSource.query(
        "UPDATE api_tokens SET expires_at = now() - interval '1 minute' WHERE id = $1",
        [created.body.id],
      );
      const bearer = request(testApp.app.getHttpServer());
      await bearer.get('/api/v1/auth/me').set('Authorization', `Bearer ${created.body.token}`).expect(401);
      await bearer.get('/api/v1/auth/me').set('Authorization', 'Bearer crm_unknown').expect(401);
      await bearer.get('/api/v1/auth/me').set('Authorization', 'Basic abc').expect(401);
      const invalid = await client.post('/api/v1/auth/tokens', { name: '', expiresInDays: 400 }).expect(400);
      expect(invalid.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
        'expiresInDays',
        'name',
      ]);
    });

    it('cannot be revoked by another user', async () => {
      const owner = await signIn(testApp.app, (await accounts.user('agent')).email);
      const created = await owner.post('/api/v1/auth/tokens', { name: 'Oma', expiresInDays: 5 }).expect(201);
      const intruder = await signIn(testApp.app, (await accounts.user('coordinator')).email);
      await intruder.delete(`/api/v1/auth/tokens/${created.body.id}`).expect(404);
      await owner
        .get('/api/v1/auth/tokens')
        .expect(200)
        .expect((response) => expect(response.body).toHaveLength(1));
    });
  });

  describe('passwords', () => {
    it('changes the password after checking the current one and ends the other sessions', async () => {
      const user = await accounts.user('agent');
      const current = await signIn(testApp.app, user.email);
      const elsewhere = await signIn(testApp.app, user.email);
      const wrong = await current
        .post('/api/v1/auth/password', { currentPassword: 'nope', newPassword: 'a brand new passphrase' })
        .expect(400);
      expect(wrong.body.errors).toEqual([
        expect.objectContaining({ field: 'currentPassword', code: 'incorrect' }),
      ]);
      const short = await current
        .post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' })
        .expect(400);
      expect(short.body.errors).toEqual([expect.objectContaining({ field: 'newPassword' })]);

      await current
        .post('/api/v1/auth/password', {
          currentPassword: TEST_PASSWORD,
          newPassword: 'a brand new passphrase',
        })
        .expect(204);
      await current.get('/api/v1/auth/me').expect(200);
      await elsewhere.get('/api/v1/auth/me').expect(401);
      await testApp.http
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: TEST_PASSWORD })
        .expect(401);
      await signIn(testApp.app, user.email, 'a brand new passphrase');
      const hashes = await testApp.dataSource.query('SELECT password_hash FROM users WHERE id = $1', [
        user.id,
      ]);
      expect(hashes[0].password_hash).toMatch(/^\$argon2id\$/);
    });

    it('sets a password through a one-time link, once', async () => {
      const user = await accounts.user('ministry', { passwordHash: null });
      const token = await testApp.dataSource.transaction((manager) =>
        testApp.app.get(CredentialsService).issuePasswordSetup(manager, user.id),
      );
      await testApp.http
        .post('/api/v1/auth/password-setup')
        .send({ token, password: 'too short' })
        .expect(400);
      await testApp.http
        .post('/api/v1/auth/password-setup')
        .send({ token, password: 'my own passphrase' })
        .expect(204);
      await signIn(testApp.app, user.email, 'my own passphrase');
      const reused = await testApp.http
        .post('/api/v1/auth/password-setup')
        .send({ token, password: 'another passphrase' })
        .expect(400);
      expect(reused.body.code).toBe('PASSWORD_SETUP_TOKEN_INVALID');
      const events = await testApp.dataSource.query(
        "SELECT action, changes FROM audit_events WHERE entity_id = $1 AND action = 'password_setup'",
        [user.id],
      );
      expect(events).toEqual([{ action: 'password_setup', changes: {} }]);
    });

    it('refuses an expired link', async () => {
      const user = await accounts.user('ministry', { passwordHash: null });
      const token = await testApp.dataSource.transaction((manager) =>
        testApp.app.get(CredentialsService).issuePasswordSetup(manager, user.id),
      );
      await testApp.dataSource.query(
        "UPDATE password_setup_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1",
        [user.id],
      );
      await testApp.http
        .post('/api/v1/auth/password-setup')
        .send({ token, password: 'my own passphrase' })
        .expect(400);
    });
  });
});

describe('login throttling per IP address', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '3' });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('answers 429 with Retry-After once an address has used its attempts, whatever the account', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      await testApp.http
        .post('/api/v1/auth/login')
        .send({ email: `x${attempt}@example.test`, password: 'x' })
        .expect(401);
    }
    const response = await testApp.http
      .post('/api/v1/auth/login')
      .send({ email: 'y@example.test', password: 'x' })
      .expect(429);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(800);
  });
});
