import { RequestAutoCloseService } from '../src/requests/request-auto-close.service';
import type { UserEntity } from '../src/users/user.entity';
import type { UnitEntity } from '../src/units/unit.entity';
import { Accounts, type SignedInClient, signIn } from './support/accounts';
import {
  latestStatusToken,
  newIdempotencyKey,
  publicSubmission,
  requestIdOf,
  submitPublic,
} from './support/requests';
import { type TestApp, startTestApp } from './support/test-app';

interface RequestBody {
  id: string;
  number: number;
  status: string;
  version: number;
  regionCode: string | null;
  assignedAgent: { userId: string; displayName: string } | null;
  allowedTransitions: string[];
  firstResponse: { state: string; dueAt: string };
  resolution: { state: string; dueAt: string };
  firstRespondedAt: string | null;
  timeline: {
    kind: string;
    isInternal: boolean;
    body: string | null;
    reason: string | null;
    toAgent: { userId: string } | null;
    fromStatus: string | null;
    toStatus: string | null;
  }[];
}

describe('support requests', () => {
  let testApp: TestApp;
  let accounts: Accounts;
  let coordinator: SignedInClient;
  let agentUser: UserEntity; // Varsinais-Suomi (02)
  let agent: SignedInClient;
  let otherAgentUser: UserEntity; // Satakunta (04)
  let otherAgent: SignedInClient;
  let unitWithAgent: UnitEntity; // 02
  let otherRegionUnit: UnitEntity; // 04
  let unitWithoutAgent: UnitEntity; // 05: no agent
  let unitUser: SignedInClient;
  let ministry: SignedInClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    accounts = new Accounts(testApp.app);
    coordinator = await signIn(testApp.app, (await accounts.user('coordinator')).email);
    agentUser = await accounts.agent(['02']);
    otherAgentUser = await accounts.agent(['04']);
    agent = await signIn(testApp.app, agentUser.email);
    otherAgent = await signIn(testApp.app, otherAgentUser.email);
    unitWithAgent = await accounts.unit('02', { nameFi: 'Turun kaupunki' });
    otherRegionUnit = await accounts.unit('04', { nameFi: 'Porin kaupunki' });
    unitWithoutAgent = await accounts.unit('05', { nameFi: 'Hämeenlinnan kaupunki' });
    unitUser = await signIn(testApp.app, (await accounts.user('unit', { unitId: unitWithAgent.id })).email);
    ministry = await signIn(testApp.app, (await accounts.user('ministry')).email);
  });

  afterAll(() => testApp.close());

  const submit = async (unitId: string | null, overrides: Record<string, unknown> = {}) => {
    const response = await submitPublic(testApp.http, publicSubmission(unitId, overrides)).expect(201);
    const number = (response.body as { number: number }).number;
    return requestIdOf(testApp.dataSource, number);
  };
  const load = async (client: SignedInClient, id: string): Promise<RequestBody> =>
    (await client.get(`/api/v1/requests/${id}`).expect(200)).body as RequestBody;
  const transition = (client: SignedInClient, id: string, body: Record<string, unknown>) =>
    client.post(`/api/v1/requests/${id}/transitions`, body);
  const move = async (
    client: SignedInClient,
    id: string,
    to: string,
    extra: Record<string, unknown> = {},
  ) => {
    const { version } = await load(client, id);
    const response = await transition(client, id, { to, version, ...extra }).expect(200);
    return response.body as RequestBody;
  };
  const count = async (sql: string, parameters: unknown[] = []): Promise<number> => {
    const [row] = (await testApp.dataSource.query(sql, parameters)) as { count: number }[];
    return Number(row.count);
  };

  describe('routing', () => {
    it("gives a request to the active agent of the unit's region and emails both sides", async () => {
      const id = await submit(unitWithAgent.id);
      const request = await load(coordinator, id);
      expect(request).toMatchObject({ status: 'assigned', regionCode: '02' });
      expect(request.assignedAgent?.userId).toBe(agentUser.id);
      expect(request.timeline.map((event) => event.kind)).toEqual(['created', 'assignment']);
      expect(request.timeline[1].toAgent?.userId).toBe(agentUser.id);
      const emails = (await testApp.dataSource.query(
        `SELECT template, to_address, language FROM outbox_emails WHERE created_at > now() - interval '1 minute'
         AND (to_address = $1 OR to_address = $2) ORDER BY template`,
        [agentUser.email, 'riikka.pyytaja@example.test'],
      )) as { template: string; to_address: string }[];
      expect(emails).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ template: 'request-assigned', to_address: agentUser.email }),
          expect.objectContaining({
            template: 'request-confirmation',
            to_address: 'riikka.pyytaja@example.test',
          }),
        ]),
      );
      // The requester became a contact of the unit.
      expect(
        await count('SELECT count(*) FROM contacts WHERE unit_id = $1 AND email = $2', [
          unitWithAgent.id,
          'riikka.pyytaja@example.test',
        ]),
      ).toBe(1);
    });

    it("leaves a request of a region without an agent in the coordinators' queue", async () => {
      const id = await submit(unitWithoutAgent.id);
      const request = await load(coordinator, id);
      expect(request).toMatchObject({ status: 'new', regionCode: '05', assignedAgent: null });
      const queue = await coordinator.get('/api/v1/requests?queue=true&pageSize=100').expect(200);
      expect((queue.body.items as { id: string }[]).map((item) => item.id)).toContain(id);
      // An agent of another region does not see it.
      await agent.get(`/api/v1/requests/${id}`).expect(404);
    });

    it('queues a request for an unknown unit until a coordinator verifies the unit', async () => {
      const id = await submit(null);
      const queued = await load(coordinator, id);
      expect(queued).toMatchObject({ status: 'new', regionCode: null, assignedAgent: null });
      const verified = await coordinator
        .patch(`/api/v1/requests/${id}`, { version: queued.version, unitId: unitWithAgent.id })
        .expect(200);
      expect(verified.body).toMatchObject({ unitId: unitWithAgent.id, regionCode: '02', status: 'new' });
      // Agents cannot move a request to another unit.
      await agent
        .patch(`/api/v1/requests/${id}`, { version: verified.body.version, unitId: otherRegionUnit.id })
        .expect(403);
    });

    it('lets a coordinator reassign to any agent with a reason, shown in the timeline, and emails the new agent', async () => {
      const id = await submit(unitWithAgent.id);
      const before = await load(coordinator, id);
      await agent
        .post(`/api/v1/requests/${id}/assignment`, {
          agentUserId: otherAgentUser.id,
          reason: 'Lomalla',
          version: before.version,
        })
        .expect(403);
      const response = await coordinator
        .post(`/api/v1/requests/${id}/assignment`, {
          agentUserId: otherAgentUser.id,
          reason: 'Agentti on lomalla kaksi viikkoa',
          version: before.version,
        })
        .expect(200);
      const after = response.body as RequestBody;
      expect(after.assignedAgent?.userId).toBe(otherAgentUser.id);
      const assignment = after.timeline.at(-1);
      expect(assignment).toMatchObject({ kind: 'assignment', reason: 'Agentti on lomalla kaksi viikkoa' });
      // The new agent sees it although it is outside their region; the request keeps its region.
      expect((await load(otherAgent, id)).regionCode).toBe('02');
      expect(
        await count(
          `SELECT count(*) FROM outbox_emails WHERE template = 'request-assigned' AND to_address = $1`,
          [otherAgentUser.email],
        ),
      ).toBe(1);
      await coordinator
        .post(`/api/v1/requests/${id}/assignment`, {
          agentUserId: otherAgentUser.id,
          reason: 'Uudestaan',
          version: after.version,
        })
        .expect(400);
      await coordinator
        .post(`/api/v1/requests/${id}/assignment`, {
          agentUserId: (await accounts.user('ministry')).id,
          reason: 'Ei agentti',
          version: after.version,
        })
        .expect(400);
    });

    it('assigns a queued request when a coordinator moves it to assigned with an agent', async () => {
      const id = await submit(unitWithoutAgent.id);
      const { version } = await load(coordinator, id);
      const missing = await transition(coordinator, id, { to: 'assigned', version }).expect(400);
      expect(missing.body.errors[0].field).toBe('agentUserId');
      const assigned = await move(coordinator, id, 'assigned', { agentUserId: agentUser.id });
      expect(assigned).toMatchObject({ status: 'assigned', assignedAgent: { userId: agentUser.id } });
    });
  });

  describe('workflow', () => {
    it('walks every allowed transition: work, wait, resume, resolve, reopen, resolve, close', async () => {
      const id = await submit(unitWithAgent.id);
      expect((await load(agent, id)).allowedTransitions).toEqual(['in_progress', 'cancelled']);
      let request = await move(agent, id, 'in_progress');
      expect(request.firstRespondedAt).not.toBeNull();
      expect(request.allowedTransitions).toEqual(['waiting_for_unit', 'resolved', 'cancelled']);
      request = await move(agent, id, 'waiting_for_unit', { comment: 'Mikä on hankinnan arvo?' });
      expect(request.resolution.state).toBe('paused');
      expect(request.allowedTransitions).toEqual(['in_progress', 'resolved', 'cancelled']);
      request = await move(agent, id, 'in_progress');
      request = await move(agent, id, 'resolved', { comment: 'Kriteerit lähetetty.' });
      expect(request.resolution.state).toBe('met');
      expect(request.allowedTransitions).toEqual(['closed', 'in_progress']);
      request = await move(agent, id, 'in_progress');
      request = await move(agent, id, 'resolved');
      request = await move(coordinator, id, 'closed');
      expect(request.allowedTransitions).toEqual([]);
      expect(
        request.timeline.filter((event) => event.kind === 'status_change').map((event) => event.toStatus),
      ).toEqual([
        'in_progress',
        'waiting_for_unit',
        'in_progress',
        'resolved',
        'in_progress',
        'resolved',
        'closed',
      ]);
      // One audit event per write.
      expect(
        await count(`SELECT count(*) FROM audit_events WHERE entity_type = 'request' AND entity_id = $1`, [
          id,
        ]),
      ).toBe(8);
    });

    it.each(['new', 'assigned', 'in_progress', 'waiting_for_unit'])(
      'cancels a request that is %s',
      async (status) => {
        const id = await submit(status === 'new' ? unitWithoutAgent.id : unitWithAgent.id);
        if (status === 'in_progress' || status === 'waiting_for_unit') {
          await move(agent, id, 'in_progress');
        }
        if (status === 'waiting_for_unit') {
          await move(agent, id, 'waiting_for_unit');
        }
        expect((await load(coordinator, id)).status).toBe(status);
        const cancelled = await move(coordinator, id, 'cancelled', {
          comment: 'Pyytäjä peruutti puhelimessa',
        });
        expect(cancelled.status).toBe('cancelled');
        expect(cancelled.allowedTransitions).toEqual([]);
      },
    );

    it('refuses any other transition with 409 naming the allowed ones, and changes nothing', async () => {
      const id = await submit(unitWithAgent.id);
      const { version } = await load(agent, id);
      const refused = await transition(agent, id, { to: 'resolved', version }).expect(409);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body).toMatchObject({ code: 'REQUEST_TRANSITION_NOT_ALLOWED', status: 409 });
      expect(refused.body.detail).toContain('in_progress, cancelled');
      await transition(agent, id, { to: 'closed', version }).expect(409);
      await transition(agent, id, { to: 'new', version }).expect(409);
      expect((await load(agent, id)).status).toBe('assigned');

      const queued = await submit(unitWithoutAgent.id);
      const queuedVersion = (await load(coordinator, queued)).version;
      await transition(coordinator, queued, { to: 'in_progress', version: queuedVersion }).expect(409);

      await move(agent, id, 'cancelled');
      const cancelled = await load(agent, id);
      await transition(agent, id, { to: 'in_progress', version: cancelled.version }).expect(409);
    });

    it('reopens a resolved request only within 30 days', async () => {
      const id = await submit(unitWithAgent.id);
      await move(agent, id, 'in_progress');
      await move(agent, id, 'resolved');
      await testApp.dataSource.query(
        `UPDATE support_requests SET resolved_at = now() - interval '31 days' WHERE id = $1`,
        [id],
      );
      const request = await load(agent, id);
      expect(request.allowedTransitions).toEqual(['closed']);
      const refused = await transition(agent, id, { to: 'in_progress', version: request.version }).expect(
        409,
      );
      expect(refused.body.detail).toContain('allowed: closed');
    });

    it('gives the loser of two concurrent edits a 409 STALE_VERSION, never a silent overwrite', async () => {
      const id = await submit(unitWithAgent.id);
      const loaded = await load(agent, id);
      await transition(coordinator, id, { to: 'in_progress', version: loaded.version }).expect(200);
      const stale = await transition(agent, id, { to: 'cancelled', version: loaded.version }).expect(409);
      expect(stale.body.code).toBe('STALE_VERSION');
      const staleEdit = await agent
        .patch(`/api/v1/requests/${id}`, { version: loaded.version, title: 'Uusi otsikko' })
        .expect(409);
      expect(staleEdit.body.code).toBe('STALE_VERSION');
      const current = await load(agent, id);
      expect(current.status).toBe('in_progress');
    });

    it('closes resolved requests automatically after 14 days, once', async () => {
      const autoClose = testApp.app.get(RequestAutoCloseService);
      await autoClose.closeDue(); // whatever earlier tests left due
      const id = await submit(unitWithAgent.id);
      await move(agent, id, 'in_progress');
      await move(agent, id, 'resolved');
      const recent = await submit(unitWithAgent.id);
      await move(agent, recent, 'in_progress');
      await move(agent, recent, 'resolved');
      await testApp.dataSource.query(
        `UPDATE support_requests SET resolved_at = now() - interval '14 days 1 minute' WHERE id = $1`,
        [id],
      );
      expect(await autoClose.closeDue()).toBe(1);
      expect(await autoClose.closeDue()).toBe(0);
      const closed = await load(agent, id);
      expect(closed.status).toBe('closed');
      expect(closed.timeline.at(-1)).toMatchObject({
        kind: 'status_change',
        fromStatus: 'resolved',
        toStatus: 'closed',
      });
      expect((await load(agent, recent)).status).toBe('resolved');
    });
  });

  describe('timeline', () => {
    it('emails messages to the requester, keeps notes internal, and counts the first message as first response', async () => {
      const id = await submit(unitWithAgent.id, {
        requester: { name: 'Sven Svensson', email: 'sven@example.test', language: 'sv' },
      });
      await agent
        .post(`/api/v1/requests/${id}/timeline`, { kind: 'note', body: 'Soitan huomenna.' })
        .expect(201);
      expect((await load(agent, id)).firstRespondedAt).toBeNull();
      const response = await agent
        .post(`/api/v1/requests/${id}/timeline`, { kind: 'message', body: 'Hej! Vi ringer i morgon.' })
        .expect(201);
      const request = response.body as RequestBody;
      expect(request.firstRespondedAt).not.toBeNull();
      expect(request.firstResponse.state).toBe('met');
      expect(request.timeline.filter((event) => event.isInternal).map((event) => event.body)).toEqual([
        'Soitan huomenna.',
      ]);
      const [email] = (await testApp.dataSource.query(
        `SELECT language, text_body FROM outbox_emails WHERE template = 'request-message' AND to_address = $1`,
        ['sven@example.test'],
      )) as { language: string; text_body: string }[];
      expect(email.language).toBe('sv');
      expect(email.text_body).toContain('Hej! Vi ringer i morgon.');
      // Staff do not reply as the requester, and unit users do not write notes.
      await agent.post(`/api/v1/requests/${id}/timeline`, { kind: 'reply', body: 'x' }).expect(400);
      await unitUser.post(`/api/v1/requests/${id}/timeline`, { kind: 'note', body: 'x' }).expect(400);
    });
  });

  describe('public intake', () => {
    it('creates one request however often a submit with the same Idempotency-Key is retried', async () => {
      const key = newIdempotencyKey();
      const body = publicSubmission(unitWithAgent.id, { title: 'Idempotentti pyyntö' });
      const first = await submitPublic(testApp.http, body, key).expect(201);
      const retry = await submitPublic(testApp.http, body, key).expect(200);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.body.number).toBe(first.body.number);
      const concurrent = await Promise.all(
        [1, 2, 3].map(() => submitPublic(testApp.http, { ...body, title: 'Samanaikainen' }, `${key}-c`)),
      );
      expect(new Set(concurrent.map((response) => response.body.number)).size).toBe(1);
      expect(await count(`SELECT count(*) FROM support_requests WHERE title = 'Idempotentti pyyntö'`)).toBe(
        1,
      );
      expect(await count(`SELECT count(*) FROM support_requests WHERE title = 'Samanaikainen'`)).toBe(1);
      const reused = await submitPublic(testApp.http, { ...body, title: 'Eri pyyntö' }, key).expect(422);
      expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      await submitPublic(testApp.http, body, 'bad key!').expect(400);
    });

    it('pretends to accept a bot that fills in the honeypot, and stores nothing', async () => {
      const requests = await count('SELECT count(*) FROM support_requests');
      const emails = await count('SELECT count(*) FROM outbox_emails');
      const response = await submitPublic(
        testApp.http,
        publicSubmission(unitWithAgent.id, { website: 'http://spam.example' }),
      ).expect(201);
      expect(response.body.number).toEqual(expect.any(Number));
      expect(await count('SELECT count(*) FROM support_requests')).toBe(requests);
      expect(await count('SELECT count(*) FROM outbox_emails')).toBe(emails);
    });

    it('refuses invalid input with field errors and writes nothing', async () => {
      const requests = await count('SELECT count(*) FROM support_requests');
      const missing = await submitPublic(
        testApp.http,
        publicSubmission(unitWithAgent.id, {
          themeCodes: [],
          requester: { name: 'A', email: 'no', language: 'de' },
        }),
      ).expect(400);
      expect((missing.body.errors as { field: string }[]).map((error) => error.field)).toEqual(
        expect.arrayContaining(['themeCodes', 'requester.name', 'requester.email', 'requester.language']),
      );
      const unknownTheme = await submitPublic(
        testApp.http,
        publicSubmission(unitWithAgent.id, { themeCodes: ['astrology'] }),
      ).expect(400);
      expect(unknownTheme.body.errors[0]).toMatchObject({ field: 'themeCodes', code: 'unknownTheme' });
      const tooLong = await submitPublic(
        testApp.http,
        publicSubmission(unitWithAgent.id, { description: 'x'.repeat(10_001), cpvCode: '99' }),
      ).expect(400);
      expect((tooLong.body.errors as { field: string }[]).map((error) => error.field)).toContain(
        'description',
      );
      const noUnit = await submitPublic(testApp.http, publicSubmission(null, { unitDescription: '' })).expect(
        400,
      );
      expect((noUnit.body.errors as { field: string }[]).map((error) => error.field)).toContain('unitId');
      const unknownCpv = await submitPublic(
        testApp.http,
        publicSubmission(unitWithAgent.id, { cpvCode: '99' }),
      ).expect(400);
      expect(unknownCpv.body.errors[0]).toMatchObject({ field: 'cpvCode', code: 'unknownCpvDivision' });
      expect(await count('SELECT count(*) FROM support_requests')).toBe(requests);
    });

    it('limits submissions per IP address with 429 and Retry-After', async () => {
      const limited = await startTestApp({ PUBLIC_REQUESTS_PER_IP_PER_HOUR: '2' });
      try {
        const unit = await new Accounts(limited.app).unit('05');
        await submitPublic(limited.http, publicSubmission(unit.id)).expect(201);
        await submitPublic(limited.http, publicSubmission(unit.id)).expect(201);
        const refused = await submitPublic(limited.http, publicSubmission(unit.id)).expect(429);
        expect(refused.body.code).toBe('TOO_MANY_REQUESTS');
        expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
        const [row] = (await limited.dataSource.query(
          'SELECT count(*)::int AS count FROM support_requests',
        )) as {
          count: number;
        }[];
        expect(row.count).toBe(2);
      } finally {
        await limited.close();
      }
    });

    it('finds active units by name with typos or by business ID for the public form', async () => {
      const closed = await accounts.unit('02', { nameFi: 'Turun kaupunki (lakkautettu)', isActive: false });
      const byName = await testApp.http.get('/api/v1/public/units?q=turn kaupunki').expect(200);
      const ids = (byName.body as { id: string }[]).map((unit) => unit.id);
      expect(ids).toContain(unitWithAgent.id);
      expect(ids).not.toContain(closed.id);
      expect(
        (await testApp.http.get(`/api/v1/public/units?q=${closed.businessId}`).expect(200)).body,
      ).toEqual([]);
      expect((await testApp.http.get('/api/v1/public/units?q=%20%20%20').expect(200)).body).toEqual([]);
      const byId = await testApp.http
        .get(`/api/v1/public/units?q=${unitWithAgent.businessId.slice(0, 6)}`)
        .expect(200);
      expect(byId.body[0]).toEqual({
        id: unitWithAgent.id,
        nameFi: 'Turun kaupunki',
        nameSv: null,
        businessId: unitWithAgent.businessId,
      });
    });
  });

  describe('private status link', () => {
    it('shows only that request, without internal notes, and lets the requester reply, cancel and rate', async () => {
      const email = 'status.link@example.test';
      const id = await submit(unitWithAgent.id, {
        requester: { name: 'Sanna Linkki', email, language: 'en' },
      });
      const token = await latestStatusToken(testApp.dataSource, email);
      await move(agent, id, 'in_progress');
      await agent
        .post(`/api/v1/requests/${id}/timeline`, { kind: 'note', body: 'Sisäinen muistiinpano' })
        .expect(201);
      await move(agent, id, 'waiting_for_unit', { comment: 'What is the contract value?' });

      const status = await testApp.http.get(`/api/v1/public/requests/status/${token}`).expect(200);
      expect(status.body).toMatchObject({
        status: 'waiting_for_unit',
        canReply: true,
        canCancel: true,
        canRate: false,
      });
      expect(JSON.stringify(status.body)).not.toContain('Sisäinen muistiinpano');
      expect(status.body).not.toHaveProperty('id');
      expect(status.body.timeline.map((event: { kind: string }) => event.kind)).toEqual([
        'created',
        'assignment',
        'status_change',
        'status_change',
      ]);
      expect((await load(agent, id)).timeline.some((event) => event.kind === 'note')).toBe(true);
      expect(
        await count(
          'SELECT count(*) FROM support_requests WHERE id = $1 AND requester_verified_at IS NOT NULL',
          [id],
        ),
      ).toBe(1);

      const replied = await testApp.http
        .post(`/api/v1/public/requests/status/${token}/replies`)
        .send({ body: 'About 2 million euros.' })
        .expect(200);
      expect(replied.body.status).toBe('in_progress'); // a reply resumes a waiting request
      expect(replied.body.timeline.slice(-2).map((event: { kind: string }) => event.kind)).toEqual([
        'reply',
        'status_change',
      ]);
      expect(
        await count(
          `SELECT count(*) FROM outbox_emails WHERE template = 'request-reply' AND to_address = $1`,
          [agentUser.email],
        ),
      ).toBe(1);

      await testApp.http
        .post(`/api/v1/public/requests/status/${token}/rating`)
        .send({ rating: 5 })
        .expect(409);
      await move(agent, id, 'resolved');
      const ratingToken = await latestStatusToken(testApp.dataSource, email, 'request-rating');
      const rated = await testApp.http
        .post(`/api/v1/public/requests/status/${ratingToken}/rating`)
        .send({ rating: 4, comment: 'Helpful' })
        .expect(200);
      expect(rated.body).toMatchObject({ rating: 4, ratingComment: 'Helpful', canRate: true });
      expect((await load(agent, id)).timeline.at(-1)).toMatchObject({ kind: 'rating', body: 'Helpful' });
      await testApp.http
        .post(`/api/v1/public/requests/status/${token}/rating`)
        .send({ rating: 6 })
        .expect(400);
      await testApp.http.post(`/api/v1/public/requests/status/${token}/cancellation`).send({}).expect(409);
      // Something still missing after resolution: a reply within 30 days reopens the request.
      const reopened = await testApp.http
        .post(`/api/v1/public/requests/status/${token}/replies`)
        .send({ body: 'One more question about the criteria.' })
        .expect(200);
      expect(reopened.body).toMatchObject({ status: 'in_progress', canReply: true });
      await move(agent, id, 'resolved');
      await testApp.dataSource.query(
        `UPDATE support_requests SET resolved_at = now() - interval '31 days' WHERE id = $1`,
        [id],
      );
      const late = await testApp.http.get(`/api/v1/public/requests/status/${token}`).expect(200);
      expect(late.body.canReply).toBe(false);
      await testApp.http
        .post(`/api/v1/public/requests/status/${token}/replies`)
        .send({ body: 'Too late' })
        .expect(409);
    });

    it('lets the requester cancel an open request', async () => {
      const email = 'cancel.link@example.test';
      const id = await submit(unitWithAgent.id, { requester: { name: 'Peru Tus', email, language: 'fi' } });
      const token = await latestStatusToken(testApp.dataSource, email);
      const cancelled = await testApp.http
        .post(`/api/v1/public/requests/status/${token}/cancellation`)
        .send({ reason: 'Asia ratkesi' })
        .expect(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', canCancel: false, canReply: false });
      expect((await load(agent, id)).status).toBe('cancelled');
    });

    it('answers 404 for a wrong token', async () => {
      const wrong = await testApp.http.get(`/api/v1/public/requests/status/${'x'.repeat(43)}`).expect(404);
      expect(wrong.body.code).toBe('NOT_FOUND');
      await testApp.http.get('/api/v1/public/requests/status/short').expect(400);
    });
  });

  describe('data protection', () => {
    it("exports a requester's requests with their personal data, and erasing the person scrubs them", async () => {
      const email = 'poistettava@example.test';
      const id = await submit(unitWithAgent.id, {
        requester: { name: 'Poistettava Henkilö', email, language: 'fi' },
      });
      const contactId = (await load(coordinator, id)) as unknown as { requester: { contactId: string } };
      const exported = await coordinator
        .get(`/api/v1/contacts/${contactId.requester.contactId}/personal-data`)
        .expect(200);
      expect(exported.body.supportRequests).toEqual([
        expect.objectContaining({ title: 'Vähähiilinen päiväkotirakentaminen', requesterEmail: email }),
      ]);
      await coordinator.post(`/api/v1/contacts/${contactId.requester.contactId}/erase`).expect(200);
      const erased = (await load(coordinator, id)) as unknown as {
        requester: { name: string | null; email: string | null };
      };
      expect(erased.requester).toMatchObject({ name: null, email: null });
      expect(
        JSON.stringify((await coordinator.get(`/api/v1/requests/${id}`).expect(200)).body),
      ).not.toContain(email);
    });
  });

  describe('scoping and lists', () => {
    it("shows an agent their regions' requests and those assigned to them, nothing else", async () => {
      const own = await submit(unitWithAgent.id);
      const foreign = await submit(otherRegionUnit.id);
      await agent.get(`/api/v1/requests/${foreign}`).expect(404);
      const version = (await load(otherAgent, foreign)).version;
      await transition(agent, foreign, { to: 'in_progress', version }).expect(404);
      await agent.post(`/api/v1/requests/${foreign}/timeline`, { kind: 'note', body: 'x' }).expect(404);
      const list = await agent.get('/api/v1/requests?pageSize=100').expect(200);
      const ids = (list.body.items as { id: string; regionCode: string }[]).map((item) => item.id);
      expect(ids).toContain(own);
      expect(ids).not.toContain(foreign);
    });

    it("shows a unit user their unit's requests without internal notes; they create, reply and rate", async () => {
      const created = await unitUser
        .post('/api/v1/requests', {
          unitId: unitWithAgent.id,
          title: 'Kysymys sosiaalisista kriteereistä',
          description: 'Miten työllisyysehto kirjoitetaan palveluhankintaan?',
          themeCodes: ['social_responsibility_employment'],
          procurementStage: 'tendering',
          urgency: 'high',
        })
        .expect(201);
      const id = created.body.id as string;
      expect(created.body).toMatchObject({
        source: 'web_form',
        status: 'assigned',
        allowedTransitions: ['cancelled'],
      });
      await agent.post(`/api/v1/requests/${id}/timeline`, { kind: 'note', body: 'Vain meille' }).expect(201);
      const seen = await load(unitUser, id);
      expect(seen.timeline.some((event) => event.isInternal)).toBe(false);
      await unitUser
        .post(`/api/v1/requests/${id}/timeline`, { kind: 'reply', body: 'Lisätietona: 3 vuotta' })
        .expect(201);
      await unitUser
        .post(`/api/v1/requests/${id}/transitions`, { to: 'in_progress', version: seen.version })
        .expect(409);
      await move(agent, id, 'in_progress');
      await move(agent, id, 'resolved');
      const rated = await unitUser.post(`/api/v1/requests/${id}/rating`, { rating: 5 }).expect(200);
      expect(rated.body.rating).toBe(5);

      const otherUnitRequest = await submit(otherRegionUnit.id);
      await unitUser.get(`/api/v1/requests/${otherUnitRequest}`).expect(404);
      const list = await unitUser.get('/api/v1/requests?pageSize=100').expect(200);
      expect(
        (list.body.items as { unitId: string }[]).every((item) => item.unitId === unitWithAgent.id),
      ).toBe(true);
      await unitUser
        .post('/api/v1/requests', {
          unitId: otherRegionUnit.id,
          title: 'Väärä yksikkö',
          description: 'Tätä ei pitäisi voida luoda toiselle yksikölle.',
          themeCodes: ['circular_economy'],
          procurementStage: 'tendering',
          urgency: 'low',
        })
        .expect(400);
    });

    it('lets staff create a request on behalf of a unit with its source', async () => {
      const created = await agent
        .post('/api/v1/requests', {
          unitId: unitWithAgent.id,
          requester: { name: 'Puhelin Soittaja', email: 'soittaja@example.test', language: 'fi' },
          source: 'phone',
          title: 'Puhelimitse tullut kysymys',
          description: 'Soittaja kysyi markkinavuoropuhelun järjestämisestä.',
          themeCodes: ['market_dialogue'],
          procurementStage: 'market_dialogue',
          urgency: 'normal',
        })
        .expect(201);
      expect(created.body).toMatchObject({
        source: 'phone',
        status: 'assigned',
        requester: { name: 'Puhelin Soittaja' },
      });
      await agent
        .post('/api/v1/requests', {
          unitId: otherRegionUnit.id,
          requester: { name: 'Puhelin Soittaja', email: 'soittaja@example.test', language: 'fi' },
          title: 'Toisen alueen yksikkö',
          description: 'Agentti ei voi luoda pyyntöä toisen alueen yksikölle.',
          themeCodes: ['market_dialogue'],
          procurementStage: 'market_dialogue',
          urgency: 'normal',
        })
        .expect(400);
    });

    it('exports the filtered list as CSV and XLSX without requester data, in scope', async () => {
      const unit = await accounts.unit('02', { nameFi: 'Vientikunta' });
      const id = await submit(unit.id, {
        title: 'Vietävä pyyntö',
        requester: { name: 'Vienti Henkilö', email: 'vienti@example.test', language: 'fi' },
      });
      const number = (await load(agent, id)).number;
      const csv = await agent.get(`/api/v1/exports/requests?format=csv&unitId=${unit.id}`).expect(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      const lines = csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0].split(';').slice(0, 3)).toEqual(['Numero', 'Otsikko', 'Tila']);
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain(`${number};Vietävä pyyntö;assigned`);
      expect(lines[1]).toContain('Vientikunta');
      expect(lines[1]).toContain(agentUser.displayName);
      expect(csv.text).not.toContain('vienti@example.test');
      const foreign = await otherAgent
        .get(`/api/v1/exports/requests?format=csv&unitId=${unit.id}`)
        .expect(200);
      expect(
        foreign.text
          .replace(/^\uFEFF/, '')
          .trim()
          .split('\r\n'),
      ).toHaveLength(1);
      const xlsx = await coordinator
        .get(`/api/v1/exports/requests?format=xlsx&unitId=${unit.id}`)
        .buffer(true)
        .parse((response, callback) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => callback(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
      await ministry.get('/api/v1/exports/requests?format=csv').expect(403);
    });

    it('refuses ministry users any individual request', async () => {
      await ministry.get('/api/v1/requests').expect(403);
      const id = await submit(unitWithAgent.id);
      await ministry.get(`/api/v1/requests/${id}`).expect(403);
    });

    it('filters by status, region, agent, theme, unit and dates, sorts open work oldest first, and pages', async () => {
      const unit = await accounts.unit('02', { nameFi: 'Suodatuskunta' });
      const first = await submit(unit.id, { themeCodes: ['innovation_procurement'] });
      const second = await submit(unit.id, { themeCodes: ['circular_economy'] });
      await testApp.dataSource.query(
        `UPDATE support_requests SET submitted_at = now() - interval '3 days' WHERE id = $1`,
        [second],
      );
      const open = await coordinator.get(`/api/v1/requests?unitId=${unit.id}&open=true`).expect(200);
      expect((open.body.items as { id: string }[]).map((item) => item.id)).toEqual([second, first]);
      const newestFirst = await coordinator.get(`/api/v1/requests?unitId=${unit.id}`).expect(200);
      expect((newestFirst.body.items as { id: string }[]).map((item) => item.id)).toEqual([first, second]);
      await testApp.dataSource.query(`UPDATE support_requests SET urgency = 'low' WHERE id = $1`, [first]);
      for (const [sort, order] of [
        ['-number', [second, first]],
        ['number', [first, second]],
        ['urgency', [first, second]],
        ['-urgency', [second, first]],
        ['submittedAt', [second, first]],
      ] as const) {
        const sorted = await coordinator.get(`/api/v1/requests?unitId=${unit.id}&sort=${sort}`).expect(200);
        expect([sort, (sorted.body.items as { id: string }[]).map((item) => item.id)]).toEqual([sort, order]);
      }
      const byTheme = await coordinator
        .get(`/api/v1/requests?unitId=${unit.id}&themeCode=innovation_procurement`)
        .expect(200);
      expect(byTheme.body).toMatchObject({
        total: 1,
        items: [{ id: first, themeCodes: ['innovation_procurement'] }],
      });
      const byAgent = await coordinator
        .get(
          `/api/v1/requests?unitId=${unit.id}&agentUserId=${agentUser.id}&regionCode=02&status=assigned,in_progress`,
        )
        .expect(200);
      expect(byAgent.body.total).toBe(2);
      const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
      const byDate = await coordinator
        .get(`/api/v1/requests?unitId=${unit.id}&createdFrom=${today}&createdTo=${today}`)
        .expect(200);
      expect((byDate.body.items as { id: string }[]).map((item) => item.id)).toEqual([first]);
      const paged = await coordinator.get(`/api/v1/requests?unitId=${unit.id}&pageSize=1&page=2`).expect(200);
      expect(paged.body).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ id: second }] });
      const bad = await coordinator
        .get('/api/v1/requests?status=open&slaState=late&pageSize=500')
        .expect(400);
      expect((bad.body.errors as { field: string }[]).map((error) => error.field)).toEqual(
        expect.arrayContaining(['status', 'slaState', 'pageSize']),
      );
    });

    it('sorts open work by each column, ties broken by id in the direction of the sort', async () => {
      const unit = await accounts.unit('02', { nameFi: 'Järjestyskunta' });
      const ids = [await submit(unit.id), await submit(unit.id), await submit(unit.id)];
      const [low, tiedA, tiedB] = [ids[0], ...[ids[1], ids[2]].sort()];
      // Two requests equal in every sorted column, the third before them in each.
      await testApp.dataSource.query(
        `UPDATE support_requests SET urgency = 'normal', status = 'in_progress',
           first_response_due_at = '2030-01-02T08:00:00Z', resolution_due_at = '2030-02-02T08:00:00Z',
           updated_at = '2030-01-01T08:00:00Z'
         WHERE id = ANY ($1::uuid[])`,
        [[tiedA, tiedB]],
      );
      await testApp.dataSource.query(
        `UPDATE support_requests SET urgency = 'low', status = 'assigned',
           first_response_due_at = '2030-01-01T08:00:00Z', resolution_due_at = '2030-02-01T08:00:00Z',
           updated_at = '2029-12-31T08:00:00Z'
         WHERE id = $1`,
        [low],
      );
      for (const field of ['urgency', 'status', 'firstResponseDueAt', 'resolutionDueAt', 'updatedAt']) {
        for (const [sort, order] of [
          [field, [low, tiedA, tiedB]],
          [`-${field}`, [tiedB, tiedA, low]],
        ] as const) {
          const sorted = await coordinator
            .get(`/api/v1/requests?unitId=${unit.id}&open=true&sort=${sort}`)
            .expect(200);
          expect([sort, (sorted.body.items as { id: string }[]).map((item) => item.id)]).toEqual([
            sort,
            order,
          ]);
        }
      }
    });

    it('lists each request as its own page shows it, and counts all matches past the last page', async () => {
      const unit = await accounts.unit('02', { nameFi: 'Rivikunta' });
      const assigned = await submit(unit.id, {
        title: 'Rivitesti: kaksi teemaa',
        themeCodes: ['market_dialogue', 'circular_economy'],
      });
      const unknownUnit = await submit(null, {
        title: 'Rivitesti: tuntematon yksikkö',
        unitDescription: 'Tuntematon virasto',
      });
      const list = await coordinator.get('/api/v1/requests?q=rivitesti').expect(200);
      expect(list.body.total).toBe(2);
      const items = list.body.items as Record<string, unknown>[];
      for (const id of [assigned, unknownUnit]) {
        const item = items.find((candidate) => candidate.id === id);
        const detail = (await load(coordinator, id)) as unknown as Record<string, unknown>;
        expect(item).toBeDefined();
        expect(item).toEqual(Object.fromEntries(Object.keys(item ?? {}).map((key) => [key, detail[key]])));
      }
      expect(items.find((item) => item.id === assigned)).toMatchObject({
        unitName: 'Rivikunta',
        assignedAgent: { userId: agentUser.id },
        themeCodes: ['circular_economy', 'market_dialogue'],
      });
      expect(items.find((item) => item.id === unknownUnit)).toMatchObject({
        unitId: null,
        unitName: null,
        unitDescription: 'Tuntematon virasto',
      });
      const pastTheEnd = await coordinator.get(`/api/v1/requests?unitId=${unit.id}&page=5&pageSize=10`);
      expect(pastTheEnd.body).toMatchObject({ total: 1, page: 5, items: [] });
    });

    it("totals a coordinator's network-wide list as the requests themselves count, through every change", async () => {
      // Filtered only by status, open or not, and region, the total is read from the counts per status and
      // region (migration RequestStatusCounts); each must equal a count of the records after each change.
      const open = `status IN ('new', 'assigned', 'in_progress', 'waiting_for_unit')`;
      const queries: [string, string][] = [
        ['', 'TRUE'],
        ['open=true', open],
        ['open=false', `NOT ${open}`],
        ['status=new,resolved', `status IN ('new', 'resolved')`],
        ['regionCode=02', `region_code = '02'`],
        ['regionCode=02&open=true&sort=-urgency', `region_code = '02' AND ${open}`],
        ['open=true&page=100000&pageSize=10', open],
        ['regionCode=02&status=new&page=100000&pageSize=10', `region_code = '02' AND status = 'new'`],
      ];
      const expectTotalsAsCounted = async (): Promise<void> => {
        for (const [query, where] of queries) {
          const [{ count }] = await testApp.dataSource.query(
            `SELECT count(*)::int AS count FROM support_requests WHERE ${where}`,
          );
          const list = await coordinator.get(`/api/v1/requests?${query}`).expect(200);
          expect([query, list.body.total]).toEqual([query, count]);
        }
      };
      const unit = await accounts.unit('02', { nameFi: 'Laskentakunta' });
      const first = await submit(unit.id);
      const second = await submit(unit.id);
      await submit(null, { unitDescription: 'Laskennan tuntematon virasto' });
      await expectTotalsAsCounted();
      await testApp.dataSource.query(
        `UPDATE support_requests SET status = 'resolved', resolved_at = now() WHERE id = $1`,
        [first],
      );
      await testApp.dataSource.query(`UPDATE support_requests SET region_code = '01' WHERE id = $1`, [
        second,
      ]);
      await expectTotalsAsCounted();
      await testApp.dataSource.query('DELETE FROM support_requests WHERE id = $1', [second]);
      await expectTotalsAsCounted();
    });

    it('computes and filters service-level states: on track, at risk, breached, paused', async () => {
      const unit = await accounts.unit('02', { nameFi: 'Palvelutasokunta' });
      const onTrack = await submit(unit.id);
      const atRisk = await submit(unit.id);
      const breached = await submit(unit.id);
      // Due at the end of today (Helsinki): less than one business day left.
      await testApp.dataSource.query(
        `UPDATE support_requests SET first_response_due_at =
           (date_trunc('day', now() AT TIME ZONE 'Europe/Helsinki') + interval '1 day') AT TIME ZONE 'Europe/Helsinki'
         WHERE id = $1`,
        [atRisk],
      );
      // Due a moment after today ends: its due day is tomorrow, so on track today.
      await testApp.dataSource.query(
        `UPDATE support_requests SET first_response_due_at =
           (date_trunc('day', now() AT TIME ZONE 'Europe/Helsinki') + interval '1 day') AT TIME ZONE 'Europe/Helsinki'
           + interval '1 millisecond'
         WHERE id = $1`,
        [onTrack],
      );
      await testApp.dataSource.query(
        `UPDATE support_requests SET first_response_due_at = now() - interval '1 hour' WHERE id = $1`,
        [breached],
      );
      const states = async (slaState: string) =>
        (
          (await coordinator.get(`/api/v1/requests?unitId=${unit.id}&slaState=${slaState}`).expect(200)).body
            .items as {
            id: string;
          }[]
        ).map((item) => item.id);
      expect(await states('onTrack')).toEqual([onTrack]);
      expect(await states('atRisk')).toEqual([atRisk]);
      expect(await states('breached')).toEqual([breached]);
      expect((await load(coordinator, onTrack)).firstResponse.state).toBe('onTrack');
      expect((await load(coordinator, atRisk)).firstResponse.state).toBe('atRisk');
      expect((await load(coordinator, breached)).firstResponse.state).toBe('breached');
      // Responding late stops the first-response clock: met late, and no longer breached.
      await move(agent, breached, 'in_progress');
      expect((await load(coordinator, breached)).firstResponse.state).toBe('metLate');
      expect(await states('breached')).toEqual([]);
      // Waiting for the unit pauses the resolution clock.
      await testApp.dataSource.query(
        `UPDATE support_requests SET resolution_due_at = now() - interval '1 hour' WHERE id = $1`,
        [breached],
      );
      expect(await states('breached')).toEqual([breached]);
      await move(agent, breached, 'waiting_for_unit');
      expect((await load(coordinator, breached)).resolution.state).toBe('paused');
      expect(await states('breached')).toEqual([]);
    });
  });
});
