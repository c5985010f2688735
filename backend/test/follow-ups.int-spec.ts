import { addDays, addMonths } from '../src/common/time/calendar-dates';
import { helsinkiDate } from '../src/common/time/helsinki-date';
import type { UnitEntity } from '../src/units/unit.entity';
import type { UserEntity } from '../src/users/user.entity';
import { Accounts, type SignedInClient, signIn } from './support/accounts';
import { type TestApp, startTestApp } from './support/test-app';

interface FollowUpBody {
  id: string;
  subjectKind: string;
  unit: { id: string; nameFi: string } | null;
  request: { id: string; number: number } | null;
  activity: { id: string } | null;
  regionCode: string | null;
  assigneeUserId: string;
  dueDate: string;
  note: string;
  status: string;
  bucket: string | null;
  recurrenceMonths: number | null;
  previousFollowUpId: string | null;
  nextFollowUpId: string | null;
  version: number;
}

describe('follow-ups', () => {
  let testApp: TestApp;
  let accounts: Accounts;
  let coordinatorUser: UserEntity;
  let coordinator: SignedInClient;
  let agentUser: UserEntity; // 10
  let agent: SignedInClient;
  let otherAgentUser: UserEntity; // 11
  let otherAgent: SignedInClient;
  let unit: UnitEntity; // 10
  let otherUnit: UnitEntity; // 11
  const today = helsinkiDate();

  beforeAll(async () => {
    testApp = await startTestApp();
    accounts = new Accounts(testApp.app);
    coordinatorUser = await accounts.user('coordinator');
    coordinator = await signIn(testApp.app, coordinatorUser.email);
    agentUser = await accounts.agent(['10']);
    otherAgentUser = await accounts.agent(['11']);
    agent = await signIn(testApp.app, agentUser.email);
    otherAgent = await signIn(testApp.app, otherAgentUser.email);
    unit = await accounts.unit('10', { nameFi: 'Jyväskylän kaupunki' });
    otherUnit = await accounts.unit('11', { nameFi: 'Kuopion kaupunki' });
  });

  afterAll(() => testApp.close());

  const create = (client: SignedInClient, body: Record<string, unknown>) =>
    client.post('/api/v1/follow-ups', {
      dueDate: addDays(today, 7),
      note: 'Soita hankinnan tilanteesta',
      ...body,
    });

  it('follows up a unit, assigned to the caller by default, and audits it', async () => {
    const response = await create(agent, { unitId: unit.id }).expect(201);
    expect(response.body).toMatchObject({
      subjectKind: 'unit',
      unit: { id: unit.id, nameFi: 'Jyväskylän kaupunki' },
      regionCode: '10',
      assigneeUserId: agentUser.id,
      status: 'open',
      nextFollowUpId: null,
    });
    const audits = (await testApp.dataSource.query(
      `SELECT action FROM audit_events WHERE entity_type = 'follow_up' AND entity_id = $1`,
      [response.body.id],
    )) as { action: string }[];
    expect(audits).toEqual([{ action: 'create' }]);
  });

  it('follows up a request and an activity, taking the unit and region from them', async () => {
    const request = await coordinator
      .post('/api/v1/requests', {
        unitId: unit.id,
        requester: { name: 'Jaana Jyväs', email: 'jaana@example.test', language: 'fi' },
        title: 'Ruokapalvelujen kriteerit',
        description: 'Tarvitsemme apua ruokapalvelujen vastuullisuuskriteereihin.',
        themeCodes: ['climate_low_carbon'],
        procurementStage: 'tendering',
        urgency: 'normal',
      })
      .expect(201);
    const aboutRequest = await create(agent, { requestId: request.body.id }).expect(201);
    expect(aboutRequest.body).toMatchObject({
      subjectKind: 'request',
      request: { id: request.body.id, number: request.body.number },
      unit: { id: unit.id },
      regionCode: '10',
    });
    const activity = await agent
      .post('/api/v1/activities', {
        date: today,
        type: 'meeting',
        durationMinutes: 30,
        unitIds: [unit.id],
        themeCodes: [],
      })
      .expect(201);
    const aboutActivity = await create(agent, { activityId: activity.body.id }).expect(201);
    expect(aboutActivity.body).toMatchObject({
      subjectKind: 'activity',
      activity: { id: activity.body.id },
      unit: { id: unit.id },
    });
    // Another region's agent sees neither the request nor the activity.
    const hidden = await create(otherAgent, { activityId: activity.body.id }).expect(400);
    expect(hidden.body.errors).toEqual([
      expect.objectContaining({ field: 'activityId', code: 'unknownActivity' }),
    ]);
  });

  it('refuses a past due date, no or two subjects, a unit outside the regions, and an assignee not of the region', async () => {
    const past = await create(agent, { unitId: unit.id, dueDate: addDays(today, -1) }).expect(400);
    expect(past.body.errors).toEqual([expect.objectContaining({ field: 'dueDate', code: 'past' })]);
    const none = await create(agent, {}).expect(400);
    expect(none.body.errors).toEqual([expect.objectContaining({ code: 'required' })]);
    const two = await create(agent, {
      unitId: unit.id,
      requestId: '2b7e3a4c-8d1f-4e5a-9b6c-0d2e4f6a8b1c',
    }).expect(400);
    expect(two.body.errors).toEqual([expect.objectContaining({ code: 'oneSubject' })]);
    const outside = await create(agent, { unitId: otherUnit.id }).expect(400);
    expect(outside.body.errors).toEqual([expect.objectContaining({ field: 'unitId', code: 'unknownUnit' })]);
    const wrongAssignee = await create(agent, { unitId: unit.id, assigneeUserId: otherAgentUser.id }).expect(
      400,
    );
    expect(wrongAssignee.body.errors).toEqual([
      expect.objectContaining({ field: 'assigneeUserId', code: 'notAnAssignee' }),
    ]);
    const emptyNote = await create(agent, { unitId: unit.id, note: '   ' }).expect(400);
    expect(emptyNote.body.errors).toEqual([expect.objectContaining({ field: 'note' })]);
    // A coordinator may be the assignee of any follow-up.
    await create(agent, { unitId: unit.id, assigneeUserId: coordinatorUser.id }).expect(201);
  });

  it('lists "my follow-ups" by bucket, scoped to the caller', async () => {
    const overdue = await create(agent, { unitId: unit.id, note: 'Myöhässä oleva' }).expect(201);
    await testApp.dataSource.query(`UPDATE follow_ups SET due_date = $2 WHERE id = $1`, [
      overdue.body.id,
      addDays(today, -3),
    ]);
    await create(agent, { unitId: unit.id, note: 'Tänään', dueDate: today }).expect(201);
    await create(agent, { unitId: unit.id, note: 'Ensi kuussa', dueDate: addDays(today, 40) }).expect(201);
    const mine = (await agent.get('/api/v1/follow-ups?mine=true&status=open&pageSize=100').expect(200)).body
      .items as FollowUpBody[];
    expect(mine.every((item) => item.assigneeUserId === agentUser.id)).toBe(true);
    expect(mine[0]).toMatchObject({ note: 'Myöhässä oleva', bucket: 'overdue' });
    expect(mine.find((item) => item.note === 'Tänään')?.bucket).toBe('today');
    expect(mine.find((item) => item.note === 'Ensi kuussa')?.bucket).toBe('later');
    const dueDates = mine.map((item) => item.dueDate);
    expect(dueDates).toEqual([...dueDates].sort());
    const overdueOnly = await agent.get('/api/v1/follow-ups?mine=true&bucket=overdue').expect(200);
    expect((overdueOnly.body.items as FollowUpBody[]).map((item) => item.note)).toEqual(['Myöhässä oleva']);
    const others = await otherAgent.get('/api/v1/follow-ups').expect(200);
    expect(others.body.total).toBe(0);
    await otherAgent.get(`/api/v1/follow-ups/${overdue.body.id}`).expect(404);
    await otherAgent
      .patch(`/api/v1/follow-ups/${overdue.body.id}`, { version: 1, status: 'done' })
      .expect(404);
    const ministry = await signIn(testApp.app, (await accounts.user('ministry')).email);
    await ministry.get('/api/v1/follow-ups').expect(403);
    await agent.get('/api/v1/follow-ups?bucket=someday').expect(400);
  });

  it('creates the next occurrence when a recurring follow-up is done, once', async () => {
    const dueDate = addDays(today, 10);
    const first = (
      await create(agent, {
        unitId: unit.id,
        note: 'Vertaisarvioinnin uusintakierros',
        dueDate,
        recurrenceMonths: 12,
      }).expect(201)
    ).body as FollowUpBody;
    const done = (
      await agent
        .patch(`/api/v1/follow-ups/${first.id}`, { version: first.version, status: 'done' })
        .expect(200)
    ).body as FollowUpBody;
    expect(done.status).toBe('done');
    expect(done.nextFollowUpId).not.toBeNull();
    const next = (await agent.get(`/api/v1/follow-ups/${done.nextFollowUpId}`).expect(200))
      .body as FollowUpBody;
    expect(next).toMatchObject({
      status: 'open',
      dueDate: addMonths(dueDate, 12),
      recurrenceMonths: 12,
      previousFollowUpId: first.id,
      note: 'Vertaisarvioinnin uusintakierros',
      assigneeUserId: agentUser.id,
      unit: { id: unit.id },
    });
    // Reopening and completing again does not create a second successor.
    const reopened = (
      await agent
        .patch(`/api/v1/follow-ups/${first.id}`, { version: done.version, status: 'open' })
        .expect(200)
    ).body as FollowUpBody;
    await agent
      .patch(`/api/v1/follow-ups/${first.id}`, { version: reopened.version, status: 'done' })
      .expect(200);
    const [{ n }] = (await testApp.dataSource.query(
      'SELECT count(*)::int AS n FROM follow_ups WHERE previous_follow_up_id = $1',
      [first.id],
    )) as { n: number }[];
    expect(n).toBe(1);
    const stale = await agent
      .patch(`/api/v1/follow-ups/${first.id}`, { version: first.version, note: 'x' })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
  });

  it('a non-recurring follow-up is simply done; reassigning checks the new assignee', async () => {
    const single = (await create(agent, { unitId: unit.id }).expect(201)).body as FollowUpBody;
    const bad = await coordinator
      .patch(`/api/v1/follow-ups/${single.id}`, {
        version: single.version,
        assigneeUserId: otherAgentUser.id,
      })
      .expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'assigneeUserId' })]);
    const reassigned = await coordinator
      .patch(`/api/v1/follow-ups/${single.id}`, {
        version: single.version,
        assigneeUserId: coordinatorUser.id,
        dueDate: addDays(today, 2),
      })
      .expect(200);
    expect(reassigned.body).toMatchObject({ assigneeUserId: coordinatorUser.id, dueDate: addDays(today, 2) });
    const done = await coordinator
      .patch(`/api/v1/follow-ups/${single.id}`, { version: reassigned.body.version, status: 'done' })
      .expect(200);
    expect(done.body).toMatchObject({ status: 'done', bucket: null, nextFollowUpId: null });
  });
});
