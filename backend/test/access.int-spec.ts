import { helsinkiDate } from '../src/common/time/helsinki-date';
import { Accounts, signIn, type SignedInClient } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

const EMAIL_PATTERN = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

function addDays(date: string, days: number): string {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

describe('roles and region-scoped access', () => {
  let testApp: TestApp;
  let accounts: Accounts;
  let unitIn01: string;
  let unitIn02: string;
  let unitIn06: string;
  let agent01: SignedInClient;
  let agentTwoRegions: SignedInClient;
  let agentFormer02: SignedInClient;
  let agentFuture07: SignedInClient;
  let unitUser: SignedInClient;
  let coordinator: SignedInClient;
  let ministry: SignedInClient;
  let ministryEmail: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    accounts = new Accounts(testApp.app);
    unitIn01 = (await accounts.unit('01')).id;
    unitIn02 = (await accounts.unit('02')).id;
    unitIn06 = (await accounts.unit('06')).id;
    const today = helsinkiDate();
    agent01 = await signIn(testApp.app, (await accounts.agent(['01'])).email);
    agentTwoRegions = await signIn(testApp.app, (await accounts.agent(['04', '06'])).email);
    // Region 02 changed hands yesterday: its former agent no longer sees it.
    agentFormer02 = await signIn(
      testApp.app,
      (await accounts.agent(['02'], { validFrom: '2020-01-01', validTo: addDays(today, -1) })).email,
    );
    await accounts.agent(['02'], { validFrom: today });
    agentFuture07 = await signIn(
      testApp.app,
      (await accounts.agent(['07'], { validFrom: addDays(today, 1) })).email,
    );
    unitUser = await signIn(testApp.app, (await accounts.user('unit', { unitId: unitIn02 })).email);
    coordinator = await signIn(testApp.app, (await accounts.user('coordinator')).email);
    const ministryUser = await accounts.user('ministry');
    ministryEmail = ministryUser.email;
    ministry = await signIn(testApp.app, ministryEmail);
  });

  afterAll(async () => {
    await testApp.close();
  });

  const unitIds = async (client: SignedInClient): Promise<string[]> =>
    ((await client.get('/api/v1/units?pageSize=100').expect(200)).body.items as { id: string }[]).map(
      (unit) => unit.id,
    );

  it('shows an agent only the units of the regions assigned today', async () => {
    expect(await unitIds(agent01)).toEqual([unitIn01]);
    await agent01.get(`/api/v1/units/${unitIn01}`).expect(200);
    const outside = await agent01.get(`/api/v1/units/${unitIn02}`).expect(404);
    expect(outside.body.code).toBe('NOT_FOUND');
    const filtered = await agent01.get('/api/v1/units?regionCode=02').expect(200);
    expect(filtered.body.total).toBe(0);
  });

  it('covers every region of an agent with several', async () => {
    expect(await unitIds(agentTwoRegions)).toEqual([unitIn06]);
    const me = await agentTwoRegions.get('/api/v1/auth/me').expect(200);
    expect(me.body.agent.regionCodes).toEqual(['04', '06']);
  });

  it('follows the assignment periods: nothing after an assignment ends or before it starts', async () => {
    expect(await unitIds(agentFormer02)).toEqual([]);
    await agentFormer02.get(`/api/v1/units/${unitIn02}`).expect(404);
    expect(await unitIds(agentFuture07)).toEqual([]);
  });

  it('shows a unit contact only their own unit', async () => {
    expect(await unitIds(unitUser)).toEqual([unitIn02]);
    await unitUser.get(`/api/v1/units/${unitIn01}`).expect(404);
    const me = await unitUser.get('/api/v1/auth/me').expect(200);
    expect(me.body.unit).toEqual({ id: unitIn02, name: expect.any(String) });
  });

  it('shows coordinators and ministry users every region', async () => {
    expect((await unitIds(coordinator)).sort()).toEqual([unitIn01, unitIn02, unitIn06].sort());
    expect((await unitIds(ministry)).sort()).toEqual([unitIn01, unitIn02, unitIn06].sort());
  });

  it.each([
    ['GET', '/api/v1/users'],
    ['POST', '/api/v1/users'],
    ['GET', '/api/v1/agents'],
    ['GET', '/api/v1/assignments'],
    ['GET', '/api/v1/audit-events'],
  ])('refuses %s %s to agents, unit contacts and ministry users (403)', async (method, path) => {
    for (const client of [agent01, unitUser, ministry]) {
      const response =
        method === 'GET' ? await client.get(path).expect(403) : await client.post(path, {}).expect(403);
      expect(response.body.code).toBe('FORBIDDEN');
    }
    if (method === 'GET') {
      await coordinator.get(path).expect(200);
    }
  });

  it('refuses anything but public reference data without signing in (401)', async () => {
    for (const path of ['/api/v1/units', '/api/v1/users', '/api/v1/auth/me', '/api/v1/audit-events']) {
      const response = await testApp.http.get(path).expect(401);
      expect(response.body.code).toBe('UNAUTHENTICATED');
    }
    await testApp.http.get('/api/v1/regions').expect(200);
  });

  it('gives ministry users no personal data of anyone else from any endpoint they can read', async () => {
    const document = (await testApp.http.get('/api/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const readable: string[] = [];
    for (const path of Object.keys(document.paths).filter(
      (candidate) => 'get' in document.paths[candidate],
    )) {
      const concrete = path
        .replace('{id}', unitIn01)
        .replace('/municipalities/{code}', '/municipalities/091')
        .replace('{code}', '01')
        .replace(/\/typeahead$/, '/typeahead?q=Testi')
        .replace(/\/public\/units$/, '/public/units?q=Testi')
        .replace('{token}', 'x'.repeat(43))
        .replace(/\/exports\/units$/, '/exports/units?format=csv');
      const response = await ministry.get(concrete);
      if (response.status !== 200) {
        expect([403, 404]).toContain(response.status);
        continue;
      }
      readable.push(path);
      const emails = ((response.text || JSON.stringify(response.body)).match(EMAIL_PATTERN) ?? []).filter(
        (email) => email !== ministryEmail,
      );
      expect({ path, emails }).toEqual({ path, emails: [] });
    }
    expect(readable).toEqual(expect.arrayContaining(['/api/v1/units', '/api/v1/auth/me', '/api/v1/regions']));
    expect(readable).not.toContain('/api/v1/users');
  });
});
