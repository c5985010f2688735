import { addDays } from '../src/common/time/calendar-dates';
import { helsinkiDate } from '../src/common/time/helsinki-date';
import type { UnitEntity } from '../src/units/unit.entity';
import type { UserEntity } from '../src/users/user.entity';
import { Accounts, type SignedInClient, signIn } from './support/accounts';
import { type TestApp, startTestApp } from './support/test-app';

interface ActivityBody {
  id: string;
  agentUserId: string;
  date: string;
  type: string;
  durationMinutes: number;
  units: { id: string; nameFi: string }[];
  themeCodes: string[];
  request: { id: string; number: number } | null;
  note: string | null;
  canEdit: boolean;
  version: number;
}

describe('activities (the advice log)', () => {
  let testApp: TestApp;
  let accounts: Accounts;
  let coordinatorUser: UserEntity;
  let coordinator: SignedInClient;
  let agentUser: UserEntity; // 07 and 08: an agent covering two regions
  let agent: SignedInClient;
  let otherAgentUser: UserEntity; // 09
  let otherAgent: SignedInClient;
  let lahti: UnitEntity; // 07
  let kouvola: UnitEntity; // 08
  let kotka: UnitEntity; // 08
  let lappeenranta: UnitEntity; // 09
  const today = helsinkiDate();

  const valid = (overrides: Record<string, unknown> = {}) => ({
    date: today,
    type: 'workshop',
    durationMinutes: 90,
    unitIds: [lahti.id, kouvola.id],
    participantCount: 14,
    themeCodes: ['climate_low_carbon'],
    note: 'Hiilijalanjälkityöpaja',
    ...overrides,
  });
  const count = async (table: string): Promise<number> =>
    ((await testApp.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0].n;

  beforeAll(async () => {
    testApp = await startTestApp();
    accounts = new Accounts(testApp.app);
    coordinatorUser = await accounts.user('coordinator');
    coordinator = await signIn(testApp.app, coordinatorUser.email);
    agentUser = await accounts.agent(['07', '08']);
    otherAgentUser = await accounts.agent(['09']);
    agent = await signIn(testApp.app, agentUser.email);
    otherAgent = await signIn(testApp.app, otherAgentUser.email);
    lahti = await accounts.unit('07', { nameFi: 'Lahden kaupunki' });
    kouvola = await accounts.unit('08', { nameFi: 'Kouvolan kaupunki' });
    kotka = await accounts.unit('08', { nameFi: 'Kotkan kaupunki' });
    lappeenranta = await accounts.unit('09', { nameFi: 'Lappeenrannan kaupunki' });
  });

  afterAll(() => testApp.close());

  it('logs a workshop reaching units of two regions of the agent, with themes, and audits it', async () => {
    const auditBefore = await accounts.auditEventCount();
    const response = await agent.post('/api/v1/activities', valid()).expect(201);
    const body = response.body as ActivityBody;
    expect(body).toMatchObject({
      agentUserId: agentUser.id,
      date: today,
      type: 'workshop',
      durationMinutes: 90,
      participantCount: 14,
      themeCodes: ['climate_low_carbon'],
      note: 'Hiilijalanjälkityöpaja',
      canEdit: true,
      request: null,
    });
    expect(body.units.map((unit) => unit.nameFi)).toEqual(['Kouvolan kaupunki', 'Lahden kaupunki']);
    // The answer to the write is the activity as read back: units by name, themes by code, the agent's name.
    expect((await agent.get(`/api/v1/activities/${body.id}`).expect(200)).body).toEqual(body);
    expect(await accounts.auditEventCount()).toBe(auditBefore + 1);
    const [audit] = (await testApp.dataSource.query(
      `SELECT action, changes FROM audit_events WHERE entity_type = 'activity' AND entity_id = $1`,
      [body.id],
    )) as { action: string; changes: Record<string, { new: unknown }> }[];
    expect(audit.action).toBe('create');
    expect(audit.changes.unitIds.new).toEqual([lahti.id, kouvola.id].sort());
  });

  it('refuses units outside the agent’s regions, a zero duration and a future date, writing nothing', async () => {
    const before = await count('activities');
    const outside = await agent
      .post('/api/v1/activities', valid({ unitIds: [lahti.id, lappeenranta.id] }))
      .expect(400);
    expect(outside.body.errors).toEqual([
      expect.objectContaining({
        field: 'unitIds',
        code: 'outsideRegions',
        message: expect.stringContaining('Lappeenrannan'),
      }),
    ]);
    const zero = await agent.post('/api/v1/activities', valid({ durationMinutes: 0 })).expect(400);
    expect(zero.body.errors).toEqual([expect.objectContaining({ field: 'durationMinutes' })]);
    const future = await agent.post('/api/v1/activities', valid({ date: addDays(today, 1) })).expect(400);
    expect(future.body.errors).toEqual([expect.objectContaining({ field: 'date', code: 'future' })]);
    const noUnits = await agent.post('/api/v1/activities', valid({ unitIds: [] })).expect(400);
    expect(noUnits.body.errors).toEqual([expect.objectContaining({ field: 'unitIds' })]);
    const unknownTheme = await agent
      .post('/api/v1/activities', valid({ themeCodes: ['astrology'] }))
      .expect(400);
    expect(unknownTheme.body.errors).toEqual([
      expect.objectContaining({ field: 'themeCodes', code: 'unknownTheme' }),
    ]);
    const notAList = await agent
      .post('/api/v1/activities', valid({ themeCodes: 'climate_low_carbon' }))
      .expect(400);
    expect(notAList.body.errors).toEqual([
      { field: 'themeCodes', code: 'isArray', message: 'themeCodes must be a list' },
    ]);
    const badType = await agent.post('/api/v1/activities', valid({ type: 'lunch' })).expect(400);
    expect(badType.body.errors).toEqual([expect.objectContaining({ field: 'type' })]);
    expect(await count('activities')).toBe(before);
    expect(await count('activity_units')).toBeGreaterThan(0);
  });

  it('lets agents log only their own work, and coordinators log for an agent anywhere', async () => {
    await agent.post('/api/v1/activities', valid({ agentUserId: otherAgentUser.id })).expect(403);
    const forAgent = await coordinator
      .post(
        '/api/v1/activities',
        valid({
          agentUserId: otherAgentUser.id,
          unitIds: [lappeenranta.id],
          type: 'advice_call',
          durationMinutes: 20,
        }),
      )
      .expect(201);
    expect(forAgent.body.agentUserId).toBe(otherAgentUser.id);
    expect(forAgent.body.agentName).toBe(otherAgentUser.displayName);
    expect((await coordinator.get(`/api/v1/activities/${forAgent.body.id}`).expect(200)).body).toEqual(
      forAgent.body,
    );
    const themed = await coordinator
      .post(
        '/api/v1/activities',
        valid({
          unitIds: [kotka.id, kouvola.id, lahti.id],
          themeCodes: ['market_dialogue', 'circular_economy'],
        }),
      )
      .expect(201);
    expect(themed.body.agentName).toBe(coordinatorUser.displayName);
    expect(themed.body.themeCodes).toEqual(['circular_economy', 'market_dialogue']);
    expect((await coordinator.get(`/api/v1/activities/${themed.body.id}`).expect(200)).body).toEqual(
      themed.body,
    );
    const notAnAgent = await coordinator
      .post('/api/v1/activities', valid({ agentUserId: (await accounts.user('ministry')).id }))
      .expect(400);
    expect(notAnAgent.body.errors).toEqual([expect.objectContaining({ field: 'agentUserId' })]);
  });

  it('scopes reading: an agent sees their own and their regions’ activities; ministry and unit users none', async () => {
    const own = (
      await agent
        .post('/api/v1/activities', valid({ unitIds: [kotka.id], type: 'meeting', durationMinutes: 45 }))
        .expect(201)
    ).body as ActivityBody;
    await otherAgent.get(`/api/v1/activities/${own.id}`).expect(404);
    const otherList = await otherAgent.get('/api/v1/activities').expect(200);
    expect(
      (otherList.body.items as ActivityBody[]).every((item) =>
        item.units.some((unit) => unit.id === lappeenranta.id),
      ),
    ).toBe(true);
    await otherAgent.patch(`/api/v1/activities/${own.id}`, { ...valid(), version: own.version }).expect(404);
    await otherAgent.delete(`/api/v1/activities/${own.id}`).expect(404);
    const ministry = await signIn(testApp.app, (await accounts.user('ministry')).email);
    await ministry.get('/api/v1/activities').expect(403);
    await ministry.get(`/api/v1/activities/${own.id}`).expect(403);
    const unitUser = await signIn(testApp.app, (await accounts.user('unit', { unitId: kotka.id })).email);
    await unitUser.get('/api/v1/activities').expect(403);
  });

  it('filters the log and totals it by type and theme', async () => {
    const list = await agent.get(`/api/v1/activities?mine=true&unitId=${kouvola.id}`).expect(200);
    expect(list.body.total).toBe(1);
    const summary = await agent.get('/api/v1/activities/summary?mine=true').expect(200);
    expect(summary.body).toEqual({
      count: 2,
      minutes: 135,
      participants: 28,
      unitsReached: 3,
      byType: [
        { key: 'workshop', count: 1, minutes: 90 },
        { key: 'meeting', count: 1, minutes: 45 },
      ],
      byTheme: [{ key: 'climate_low_carbon', count: 2, minutes: 135 }],
    });
    const byType = await agent.get('/api/v1/activities?mine=true&type=meeting,training').expect(200);
    expect(byType.body.total).toBe(1);
    await agent.get('/api/v1/activities?type=lunch').expect(400);
    await agent.get('/api/v1/activities?from=2026-02-30').expect(400);
  });

  it('edits with the version read, refuses a stale one, and deletes', async () => {
    const created = (await agent.post('/api/v1/activities', valid({ unitIds: [lahti.id] })).expect(201))
      .body as ActivityBody;
    const edited = await agent
      .patch(`/api/v1/activities/${created.id}`, {
        ...valid({ unitIds: [lahti.id, kotka.id], durationMinutes: 60 }),
        version: created.version,
      })
      .expect(200);
    expect(edited.body.durationMinutes).toBe(60);
    expect((edited.body as ActivityBody).units).toHaveLength(2);
    const stale = await agent
      .patch(`/api/v1/activities/${created.id}`, { ...valid(), version: created.version })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    await agent.delete(`/api/v1/activities/${created.id}`).expect(204);
    await agent.get(`/api/v1/activities/${created.id}`).expect(404);
    const actions = (await testApp.dataSource.query(
      `SELECT action FROM audit_events WHERE entity_type = 'activity' AND entity_id = $1 ORDER BY action`,
      [created.id],
    )) as { action: string }[];
    expect(actions.map((row) => row.action)).toEqual(['create', 'delete', 'update']);
  });

  it('links a request the agent may see, and refuses one they may not', async () => {
    const requestResponse = await coordinator
      .post('/api/v1/requests', {
        unitId: lahti.id,
        requester: { name: 'Liisa Lahtinen', email: 'liisa@example.test', language: 'fi' },
        title: 'Kiertotalouskriteerit',
        description: 'Tarvitsemme apua kiertotalouskriteereihin kalustehankinnassa.',
        themeCodes: ['climate_low_carbon'],
        procurementStage: 'tendering',
        urgency: 'normal',
      })
      .expect(201);
    const linked = await agent
      .post('/api/v1/activities', valid({ unitIds: [lahti.id], requestId: requestResponse.body.id }))
      .expect(201);
    expect(linked.body.request).toEqual({
      id: requestResponse.body.id,
      number: requestResponse.body.number,
      title: 'Kiertotalouskriteerit',
    });
    expect((await agent.get(`/api/v1/activities/${linked.body.id}`).expect(200)).body).toEqual(linked.body);
    const refused = await otherAgent
      .post('/api/v1/activities', valid({ unitIds: [lappeenranta.id], requestId: requestResponse.body.id }))
      .expect(400);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'requestId', code: 'unknownRequest' }),
    ]);
  });

  it('keeps a unit with logged advice: deleting it deactivates it instead', async () => {
    const unit = await accounts.unit('08', { nameFi: 'Haminan kaupunki' });
    await agent.post('/api/v1/activities', valid({ unitIds: [unit.id] })).expect(201);
    expect((await agent.delete(`/api/v1/units/${unit.id}`).expect(200)).body).toEqual({ deactivated: true });
    const activities = await agent.get(`/api/v1/activities?unitId=${unit.id}`).expect(200);
    expect(activities.body.total).toBe(1);
  });
});
