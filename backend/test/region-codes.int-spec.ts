import { Accounts, signIn, type SignedInClient } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

// Region codes hold NUTS-3-like codes beside Finland's two digits, so the network can grow beyond Finland.
describe('region codes of up to five characters', () => {
  let testApp: TestApp;
  let accounts: Accounts;
  let coordinator: SignedInClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    accounts = new Accounts(testApp.app);
    coordinator = await signIn(testApp.app, (await accounts.user('coordinator')).email);
    await testApp.dataSource.query(
      `INSERT INTO regions (code, nuts3_code, name_fi, name_sv, name_en)
       VALUES ('SE110', 'SE110', 'Tukholman lääni', 'Stockholms län', 'Stockholm County')`,
    );
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('assigns an agent to a five-character region whose units then list under its code', async () => {
    const region = await coordinator.get('/api/v1/regions/SE110').expect(200);
    expect(region.body).toMatchObject({ code: 'SE110', nuts3Code: 'SE110' });

    const agentUser = await accounts.agent([]);
    const assignment = await coordinator
      .post(`/api/v1/agents/${agentUser.id}/assignments`, { regionCode: 'SE110', validFrom: '2020-01-01' })
      .expect(201);
    expect(assignment.body).toMatchObject({ regionCode: 'SE110', isCurrent: true });
    const overlapping = await coordinator
      .post(`/api/v1/agents/${(await accounts.agent([])).id}/assignments`, {
        regionCode: 'SE110',
        validFrom: '2024-01-01',
      })
      .expect(409);
    expect(overlapping.body.code).toBe('ASSIGNMENT_OVERLAP');

    const agent = await signIn(testApp.app, agentUser.email);
    const created = await agent
      .post('/api/v1/units', {
        nameFi: 'Stockholms stad',
        businessId: '2120000-1',
        type: 'municipality',
        regionCode: 'SE110',
      })
      .expect(201);
    expect(created.body.regionCode).toBe('SE110');
    const unknown = await coordinator
      .post('/api/v1/units', {
        nameFi: 'Nowhere Oy',
        businessId: '0208201-1',
        type: 'other',
        regionCode: 'ZZ999',
      })
      .expect(400);
    expect(unknown.body.errors).toEqual([
      expect.objectContaining({ field: 'regionCode', code: 'unknownRegion' }),
    ]);
    await accounts.unit('01');

    for (const client of [agent, coordinator]) {
      const listed = await client.get('/api/v1/units?regionCode=SE110').expect(200);
      expect(listed.body.items.map((unit: { id: string }) => unit.id)).toEqual([created.body.id]);
    }
    const exported = await coordinator.get('/api/v1/exports/units?format=csv&regionCode=SE110').expect(200);
    expect(exported.text).toContain('Stockholms stad');
    expect(exported.text.trim().split('\n')).toHaveLength(2);
    const agents = await coordinator.get('/api/v1/agents?regionCode=SE110').expect(200);
    expect(agents.body.items.map((item: { userId: string }) => item.userId)).toEqual([agentUser.id]);
    const timeline = await coordinator.get('/api/v1/assignments?regionCode=SE110').expect(200);
    expect(timeline.body.total).toBe(1);
  });

  it.each(['/api/v1/requests', '/api/v1/activities', '/api/v1/follow-ups'])(
    'filters %s by a five-character region code',
    async (path) => {
      const response = await coordinator.get(`${path}?regionCode=SE110`).expect(200);
      expect(response.body.total).toBe(0);
    },
  );

  it.each([
    ['/api/v1/units', '1'],
    ['/api/v1/units', 'abc'],
    ['/api/v1/units', 'SE1101'],
    ['/api/v1/requests', 'se110'],
    ['/api/v1/activities', 'S'],
    ['/api/v1/follow-ups', 'Uusimaa'],
    ['/api/v1/agents', '1'],
    ['/api/v1/assignments', 'abc'],
  ])('answers %s?regionCode=%s with a 400 problem naming regionCode', async (path, code) => {
    const response = await coordinator.get(`${path}?regionCode=${code}`).expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(response.body.errors).toEqual([
      {
        field: 'regionCode',
        code: 'matches',
        message: 'regionCode must be a region code (2–5 digits or capital letters)',
      },
    ]);
  });

  it('refuses a malformed code in the path and the municipality filter', async () => {
    const path = await coordinator.get('/api/v1/regions/abc').expect(400);
    expect(path.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'matches' })]);
    const municipalities = await coordinator.get('/api/v1/municipalities?region=1').expect(400);
    expect(municipalities.body.errors).toEqual([
      expect.objectContaining({
        field: 'region',
        message: 'region must be a region code (2–5 digits or capital letters)',
      }),
    ]);
  });

  it('imports units into a five-character region and rejects an unknown region code', async () => {
    const file = Buffer.from(
      [
        'name,business id,type,region',
        'Uppsala kommun,2120003-6,municipality,se110',
        'Nowhere Oy,0208201-1,other,ZZ999',
      ].join('\n'),
    );
    const response = await coordinator.http
      .post('/api/v1/imports/units?dryRun=true')
      .set('X-XSRF-TOKEN', coordinator.xsrfToken)
      .attach('file', file, { filename: 'units.csv', contentType: 'text/csv' })
      .expect(200);
    expect(response.body.rows).toEqual([
      expect.objectContaining({ row: 2, action: 'create', errors: [] }),
      expect.objectContaining({
        row: 3,
        action: 'reject',
        errors: [{ column: 'region', message: 'unknown region "ZZ999"' }],
      }),
    ]);
  });
});
