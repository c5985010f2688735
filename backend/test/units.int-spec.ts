import type { Pool } from 'pg';
import { typeaheadSql } from '../src/units/unit-typeahead.queries';
import { Accounts, signIn, type SignedInClient } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

describe('contracting units', () => {
  let testApp: TestApp;
  let accounts: Accounts;
  let coordinator: SignedInClient;
  let agent01: SignedInClient;
  let ministry: SignedInClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    accounts = new Accounts(testApp.app);
    coordinator = await signIn(testApp.app, (await accounts.user('coordinator')).email);
    agent01 = await signIn(testApp.app, (await accounts.agent(['01'])).email);
    ministry = await signIn(testApp.app, (await accounts.user('ministry')).email);
  });

  afterAll(async () => {
    await testApp.close();
  });

  const newUnit = (overrides: Record<string, unknown> = {}) => ({
    nameFi: 'Espoon kaupunki',
    nameSv: 'Esbo stad',
    businessId: '0101263-6',
    type: 'municipality',
    municipalityCode: '049',
    estimatedAnnualSpend: '850000000.00',
    website: 'https://www.espoo.fi',
    ...overrides,
  });

  it('creates a unit, deriving the region from the municipality, audited', async () => {
    const before = await accounts.auditEventCount();
    const response = await agent01.post('/api/v1/units', newUnit()).expect(201);
    expect(response.body).toMatchObject({
      nameFi: 'Espoon kaupunki',
      businessId: '0101263-6',
      municipalityCode: '049',
      regionCode: '01',
      estimatedAnnualSpend: '850000000.00',
      isActive: true,
      version: 1,
    });
    expect(await accounts.auditEventCount()).toBe(before + 1);
  });

  it('validates the business ID checksum and refuses a duplicate naming the existing unit', async () => {
    const invalid = await coordinator.post('/api/v1/units', newUnit({ businessId: '0101263-5' })).expect(400);
    expect(invalid.body.errors).toEqual([
      expect.objectContaining({ field: 'businessId', code: 'isFinnishBusinessId' }),
    ]);
    const existing = await accounts.unit('02', { businessId: '2234567-5', nameFi: 'Turun Kaupunki Oy' });
    const duplicate = await coordinator
      .post('/api/v1/units', newUnit({ businessId: '2234567-5' }))
      .expect(409);
    expect(duplicate.body.code).toBe('BUSINESS_ID_TAKEN');
    expect(duplicate.body.detail).toContain('Turun Kaupunki Oy');
    expect(duplicate.body.detail).toContain(existing.id);
  });

  it('takes an explicit region over the municipality one, and needs one of them', async () => {
    const explicit = await coordinator
      .post('/api/v1/units', newUnit({ businessId: '1234567-1', municipalityCode: '091', regionCode: '06' }))
      .expect(201);
    expect(explicit.body.regionCode).toBe('06');
    const none = await coordinator
      .post('/api/v1/units', newUnit({ businessId: '7654321-2', municipalityCode: undefined }))
      .expect(400);
    expect(none.body.errors).toEqual([expect.objectContaining({ field: 'regionCode', code: 'required' })]);
    const unknown = await coordinator
      .post('/api/v1/units', newUnit({ businessId: '7654321-2', municipalityCode: '999' }))
      .expect(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'municipalityCode' })]);
  });

  it('keeps agents to their regions: 403 to create elsewhere, 404 for others units', async () => {
    const elsewhere = await agent01
      .post('/api/v1/units', newUnit({ businessId: '1572860-0', municipalityCode: '853' }))
      .expect(403);
    expect(elsewhere.body).toMatchObject({
      code: 'OUT_OF_SCOPE',
      errors: [expect.objectContaining({ field: 'municipalityCode' })],
    });
    const turku = await accounts.unit('02');
    await agent01.get(`/api/v1/units/${turku.id}`).expect(404);
    await agent01.patch(`/api/v1/units/${turku.id}`, { version: 1, nameFi: 'X' }).expect(404);
    await agent01.delete(`/api/v1/units/${turku.id}`).expect(404);
    const own = await accounts.unit('01');
    await agent01.patch(`/api/v1/units/${own.id}`, { version: own.version, regionCode: '02' }).expect(403);
  });

  it('updates with optimistic locking', async () => {
    const unit = await accounts.unit('01', { nameFi: 'Vantaan kaupunki' });
    const updated = await agent01
      .patch(`/api/v1/units/${unit.id}`, {
        version: unit.version,
        estimatedAnnualSpend: '12.50',
        nameSv: 'Vanda stad',
      })
      .expect(200);
    expect(updated.body).toMatchObject({
      estimatedAnnualSpend: '12.50',
      nameSv: 'Vanda stad',
      version: unit.version + 1,
    });
    const stale = await agent01
      .patch(`/api/v1/units/${unit.id}`, { version: unit.version, nameFi: 'X' })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    await agent01
      .patch(`/api/v1/units/${unit.id}`, { version: unit.version + 1, estimatedAnnualSpend: 12.5 })
      .expect(400);
    const events = await testApp.dataSource.query(
      "SELECT changes FROM audit_events WHERE entity_type = 'unit' AND entity_id = $1",
      [unit.id],
    );
    expect(events).toEqual([
      {
        changes: {
          nameSv: { old: null, new: 'Vanda stad' },
          estimatedAnnualSpend: { old: null, new: '12.50' },
        },
      },
    ]);
  });

  it('deletes a unit without history and deactivates one with contacts', async () => {
    const bare = await accounts.unit('01');
    expect((await agent01.delete(`/api/v1/units/${bare.id}`).expect(200)).body).toEqual({
      deactivated: false,
    });
    await agent01.get(`/api/v1/units/${bare.id}`).expect(404);
    const used = await accounts.unit('01');
    await agent01.post(`/api/v1/units/${used.id}/contacts`, { name: 'Maija Meikäläinen' }).expect(201);
    expect((await agent01.delete(`/api/v1/units/${used.id}`).expect(200)).body).toEqual({
      deactivated: true,
    });
    expect((await agent01.get(`/api/v1/units/${used.id}`).expect(200)).body.isActive).toBe(false);
  });

  it('finds units by name despite typos, and by business ID prefix', async () => {
    await accounts.unit('01', {
      nameFi: 'Keski-Uudenmaan hyvinvointialue',
      type: 'wellbeing_services_county',
    });
    await accounts.unit('01', {
      nameFi: 'Helsingin seudun ympäristöpalvelut',
      businessId: '0274932-2',
      type: 'joint_municipal_authority',
    });
    await accounts.unit('01', { nameFi: 'Helsinki' });
    const shortTypo = await agent01.get('/api/v1/units/typeahead?q=helsnki').expect(200);
    expect(shortTypo.body.map((unit: { nameFi: string }) => unit.nameFi)).toContain('Helsinki');
    const typo = await agent01.get('/api/v1/units?q=hyvinvontialue').expect(200);
    expect(typo.body.items.map((unit: { nameFi: string }) => unit.nameFi)).toContain(
      'Keski-Uudenmaan hyvinvointialue',
    );
    const byId = await agent01.get('/api/v1/units?q=0274932').expect(200);
    expect(byId.body.items.map((unit: { nameFi: string }) => unit.nameFi)).toEqual([
      'Helsingin seudun ympäristöpalvelut',
    ]);
    const typeahead = await agent01.get('/api/v1/units/typeahead?q=ympäristöplvelut').expect(200);
    expect(typeahead.body[0]).toMatchObject({ nameFi: 'Helsingin seudun ympäristöpalvelut' });
    expect(typeahead.body[0]).not.toHaveProperty('total');
    await agent01.get('/api/v1/units/typeahead?q=a').expect(400);
  });

  it('typeahead searches each of the caller’s regions, Swedish names and business IDs, nearest first', async () => {
    const names = (response: { body: { nameFi: string }[] }) => response.body.map((unit) => unit.nameFi);
    const agent0506 = await signIn(testApp.app, (await accounts.agent(['05', '06'])).email);
    const school = await accounts.unit('05', { nameFi: 'Pöllövaaran koulu' });
    await accounts.unit('06', { nameFi: 'Pöllövaaran kirjasto' });
    await accounts.unit('06', { nameFi: 'Pöllövaara' });
    await accounts.unit('07', { nameFi: 'Pöllövaaran sairaala' });
    await accounts.unit('06', { nameFi: 'Tuntematon yhtymä', nameSv: 'Pöllövaara skola' });
    const byId = await accounts.unit('05', { nameFi: 'Aivan muu nimi', businessId: '2960413-1' });

    const typo = await agent0506.get('/api/v1/units/typeahead?q=pöllövara').expect(200);
    // The exact name, in the agent's second region, comes first; the other region's unit is never shown.
    expect(names(typo)[0]).toBe('Pöllövaara');
    expect([...names(typo)].sort()).toEqual(
      ['Pöllövaara', 'Pöllövaaran kirjasto', 'Pöllövaaran koulu', 'Tuntematon yhtymä'].sort(),
    );
    expect(typo.body.find((unit: { id: string }) => unit.id === school.id)).toEqual({
      id: school.id,
      nameFi: 'Pöllövaaran koulu',
      nameSv: null,
      businessId: school.businessId,
      regionCode: '05',
      isActive: true,
    });
    const everywhere = await coordinator.get('/api/v1/units/typeahead?q=pöllövaara').expect(200);
    expect(names(everywhere)).toContain('Pöllövaaran sairaala');
    const limited = await coordinator.get('/api/v1/units/typeahead?q=pöllövaara&limit=5').expect(200);
    expect(limited.body).toHaveLength(5);
    expect(names(limited)[0]).toBe('Pöllövaara');

    const prefix = await agent0506.get('/api/v1/units/typeahead?q=2960413').expect(200);
    expect(prefix.body.map((unit: { id: string }) => unit.id)[0]).toBe(byId.id);
    expect((await agent0506.get('/api/v1/units/typeahead?q=%20%20%20').expect(200)).body).toEqual([]);
    const outside = await signIn(testApp.app, (await accounts.agent(['08'])).email);
    expect((await outside.get('/api/v1/units/typeahead?q=pöllövaara').expect(200)).body).toEqual([]);
    const unitUser = await signIn(testApp.app, (await accounts.user('unit', { unitId: school.id })).email);
    expect(names(await unitUser.get('/api/v1/units/typeahead?q=pöllövaara').expect(200))).toEqual([
      'Pöllövaaran koulu',
    ]);
  });

  it("bounds the typeahead's business-ID branch by the index in a plan made once", async () => {
    // After five calls on a connection PostgreSQL may keep one plan for every q. LIKE with a parameter gives
    // such a plan no index range: the statement states the prefix as a range of its own.
    interface PlanNode {
      'Index Name'?: string;
      'Index Cond'?: string;
      Plans?: PlanNode[];
    }
    const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];
    const unit = await accounts.unit('04', { nameFi: 'Yhtymä jolla on tunnus', businessId: '3141592-6' });
    const { master } = testApp.dataSource.driver as unknown as { master: Pool };
    const client = await master.connect();
    try {
      // A test database's few units would be read whole, index or not.
      await client.query('SET plan_cache_mode = force_generic_plan; SET enable_seqscan = off');
      for (const [branch, scope] of [
        ['all', []],
        ['regions', [['04']]],
      ] as const) {
        const text = typeaheadSql(branch, false);
        const explained = await client.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
          `EXPLAIN (GENERIC_PLAN, FORMAT JSON) ${text}`,
        );
        const ranges = nodes(explained.rows[0]['QUERY PLAN'][0].Plan).filter(
          (node) => node['Index Name'] === 'ix_units_business_id_pattern',
        );
        expect(ranges.map((node) => node['Index Cond'])).toEqual([expect.stringContaining('~>=~ $1')]);
        // The plan made once finds the same units: by prefix, by the whole ID, and none past the prefix.
        const ids = async (q: string): Promise<string[]> =>
          (
            await client.query<{ id: string }>({
              name: `typeahead-${branch}`,
              text,
              values: [q, `${q}%`, 10, ...scope],
            })
          ).rows.map((row) => row.id);
        expect(await ids('314159')).toEqual([unit.id]);
        expect(await ids('3141592-6')).toEqual([unit.id]);
        expect(await ids('3141593')).toEqual([]);
      }
    } finally {
      await client.query('RESET plan_cache_mode; RESET enable_seqscan');
      client.release();
    }
  });

  it('filters by type, activity and reach, sorts and pages', async () => {
    const type = await coordinator.get('/api/v1/units?type=joint_municipal_authority').expect(200);
    expect(type.body.items.every((unit: { type: string }) => unit.type === 'joint_municipal_authority')).toBe(
      true,
    );
    const inactive = await coordinator.get('/api/v1/units?isActive=false').expect(200);
    expect(inactive.body.items.every((unit: { isActive: boolean }) => !unit.isActive)).toBe(true);
    const notReached = await coordinator
      .get('/api/v1/units?reached=false&from=2026-01-01&to=2026-12-31&pageSize=1')
      .expect(200);
    const all = await coordinator.get('/api/v1/units?pageSize=1').expect(200);
    expect(notReached.body.total).toBe(all.body.total);
    const bySpend = await coordinator.get('/api/v1/units?sort=-estimatedAnnualSpend&pageSize=1').expect(200);
    expect(bySpend.body.items[0].nameFi).toBe('Espoon kaupunki');
    await coordinator.get('/api/v1/units?sort=population').expect(400);
    await coordinator.get('/api/v1/units?type=castle').expect(400);
  });

  it('lets ministry users read units but change nothing', async () => {
    await ministry.get('/api/v1/units').expect(200);
    await ministry.post('/api/v1/units', newUnit({ businessId: '2980005-2' })).expect(403);
  });
});
