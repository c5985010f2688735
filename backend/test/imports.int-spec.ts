import { FinnishBusinessIds } from 'finnish-business-ids';
import { Accounts, signIn, type SignedInClient } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';
import { MAX_IMPORT_ROWS } from '../src/imports/unit-import.service';

// What Excel on a Finnish Windows saves as "CSV (semicolon separated)": Windows-1252, semicolons, CRLF.
const FINNISH_EXCEL_CSV = Buffer.from(
  [
    'Nimi;Y-tunnus;Tyyppi;Kunta;Hankintavolyymi;Yhteyshenkilö;Sähköposti;Kieli',
    'Äänekosken kaupunki;0208201-1;kunta;Äänekoski;12 500 000,00;Öllö Ärjänen;ollo@example.test;fi',
    'Keski-Suomen hyvinvointialue;3221333-4;hyvinvointialue;179;;;;',
    'Rikki Oy;1234567-2;yhtiö;Jyväskylä;paljon;;;',
    'Tupla;0208201-1;kunta;249;;;;',
  ].join('\r\n'),
  'latin1',
);

/** Valid, distinct business IDs from `first` on (above the 1xxxxxx range that other tests draw at random). */
function businessIds(first: number, count: number): string[] {
  const ids: string[] = [];
  for (let number = first; ids.length < count; number += 1) {
    const checksum = FinnishBusinessIds.calculateChecksum(String(number));
    if (checksum !== -1) {
      ids.push(`${number}-${checksum}`);
    }
  }
  return ids;
}

describe('POST /api/v1/imports/units', () => {
  let testApp: TestApp;
  let accounts: Accounts;
  let agent13: SignedInClient;
  let agent01: SignedInClient;
  let coordinator: SignedInClient;
  let coordinatorId: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    accounts = new Accounts(testApp.app);
    agent13 = await signIn(testApp.app, (await accounts.agent(['13'])).email);
    agent01 = await signIn(testApp.app, (await accounts.agent(['01'])).email);
    const coordinatorUser = await accounts.user('coordinator');
    coordinatorId = coordinatorUser.id;
    coordinator = await signIn(testApp.app, coordinatorUser.email);
  });

  afterAll(async () => {
    await testApp.close();
  });

  const upload = (client: SignedInClient, file: Buffer, dryRun: boolean) =>
    client.http
      .post(`/api/v1/imports/units?dryRun=${dryRun}`)
      .set('X-XSRF-TOKEN', client.xsrfToken)
      .attach('file', file, { filename: 'yksikot.csv', contentType: 'text/csv' });

  const unitCount = async (): Promise<number> =>
    (await testApp.dataSource.query('SELECT count(*)::int AS count FROM units'))[0].count;

  it('reports every row in a dry run of a Finnish Excel file and writes nothing', async () => {
    const before = await unitCount();
    const response = await upload(agent13, FINNISH_EXCEL_CSV, true).expect(200);
    expect(response.body).toMatchObject({
      dryRun: true,
      encoding: 'windows-1252',
      delimiter: ';',
      totalRows: 4,
      units: { create: 2, update: 0, unchanged: 0, reject: 2 },
      contacts: { create: 1 },
    });
    expect(response.body.rows[0]).toMatchObject({
      row: 2,
      action: 'create',
      contactAction: 'create',
      name: 'Äänekosken kaupunki',
    });
    expect(response.body.rows[2]).toMatchObject({
      row: 4,
      action: 'reject',
      errors: expect.arrayContaining([
        { column: 'Tyyppi', message: 'unknown type "yhtiö"' },
        { column: 'Hankintavolyymi', message: '"paljon" is not an amount in euros' },
        expect.objectContaining({ column: 'Y-tunnus' }),
      ]),
    });
    expect(response.body.rows[3].errors).toEqual([
      { column: 'Y-tunnus', message: 'the same business ID is on row 2' },
    ]);
    expect(await unitCount()).toBe(before);
  });

  it('commits the valid rows in one go, audited, and changes nothing when run again', async () => {
    const before = await unitCount();
    const auditBefore = await accounts.auditEventCount();
    const committed = await upload(agent13, FINNISH_EXCEL_CSV, false).expect(200);
    expect(committed.body).toMatchObject({
      dryRun: false,
      units: { create: 2, reject: 2 },
      contacts: { create: 1 },
    });
    expect(await unitCount()).toBe(before + 2);
    expect(await accounts.auditEventCount()).toBe(auditBefore + 3);
    const [unit] = await testApp.dataSource.query(
      "SELECT name_fi, region_code, municipality_code, estimated_annual_spend::text AS spend FROM units WHERE business_id = '0208201-1'",
    );
    expect(unit).toEqual({
      name_fi: 'Äänekosken kaupunki',
      region_code: '13',
      municipality_code: '992',
      spend: '12500000.00',
    });
    const [contact] = await testApp.dataSource.query(
      "SELECT name, email FROM contacts WHERE email = 'ollo@example.test'",
    );
    expect(contact).toEqual({ name: 'Öllö Ärjänen', email: 'ollo@example.test' });

    const again = await upload(agent13, FINNISH_EXCEL_CSV, false).expect(200);
    expect(again.body.units).toEqual({ create: 0, update: 0, unchanged: 2, reject: 2 });
    expect(again.body.contacts).toEqual({ create: 0, update: 0, unchanged: 1, reject: 0 });
    expect(await unitCount()).toBe(before + 2);
    expect(await accounts.auditEventCount()).toBe(auditBefore + 3);
  });

  it('updates matched units by business ID from a UTF-8 comma file with English headers', async () => {
    const file = Buffer.from(
      '\ufeffname,business id,type,municipality,estimated annual spend\nÄänekosken kaupunki,0208201-1,municipality,992,13000000\n',
    );
    const response = await upload(agent13, file, false).expect(200);
    expect(response.body).toMatchObject({ encoding: 'utf-8', delimiter: ',', units: { update: 1 } });
    const [unit] = await testApp.dataSource.query(
      "SELECT estimated_annual_spend::text AS spend FROM units WHERE business_id = '0208201-1'",
    );
    expect(unit.spend).toBe('13000000.00');
  });

  it('keeps agents to their regions', async () => {
    const response = await upload(agent01, FINNISH_EXCEL_CSV, true).expect(200);
    expect(response.body.units.reject).toBe(4);
    expect(response.body.rows[0].errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ message: 'region 13 is not one of your regions' })]),
    );
  });

  it('refuses a file without the required columns, an empty upload and ministry users', async () => {
    const broken = await upload(agent13, Buffer.from('foo;bar\n1;2\n'), true).expect(400);
    expect(broken.body.code).toBe('VALIDATION_FAILED');
    expect(broken.body.errors).toHaveLength(2);
    const none = await agent13.http
      .post('/api/v1/imports/units?dryRun=true')
      .set('X-XSRF-TOKEN', agent13.xsrfToken)
      .expect(400);
    expect(none.body.errors).toEqual([expect.objectContaining({ field: 'file' })]);
    const ministry = await signIn(testApp.app, (await accounts.user('ministry')).email);
    await upload(ministry, FINNISH_EXCEL_CSV, true).expect(403);
  });

  describe('a file of several thousand rows (read, planned and written a thousand rows at a time)', () => {
    const ids = businessIds(5_000_000, 2500);
    const header = 'nimi;y-tunnus;tyyppi;kunta;hankintavolyymi;yhteyshenkilö;sähköposti;puhelin';
    const line = (index: number, spend: string, phone: string): string =>
      `Iso tiedosto ${index};${ids[index]};kunta;Tampere;${spend};Henkilö ${index};henkilo.${index}@example.test;${phone}`;
    const fileOf = (lines: string[]): Buffer => Buffer.from([header, ...lines].join('\r\n'), 'utf8');
    const imported = async (): Promise<{ units: number; contacts: number }> =>
      (
        await testApp.dataSource.query(
          `SELECT count(DISTINCT u.id)::int AS units, count(c.id)::int AS contacts
           FROM units u LEFT JOIN contacts c ON c.unit_id = u.id WHERE u.name_fi LIKE 'Iso tiedosto %'`,
        )
      )[0];

    it('creates every valid row with its contact, finds a duplicate across batches, and audits each write', async () => {
      const lines = ids.map((_, index) => line(index, '1000', '+358 40 000 0000'));
      // Row 1 502 repeats the business ID of row 2 (batch one), in the second batch.
      lines[1500] = line(0, '1000', '+358 40 000 0000').replace('Iso tiedosto 0;', 'Iso tiedosto kahdesti;');
      const auditBefore = await accounts.auditEventCount();
      const activeBefore = await activeUnitsIn('06');

      const response = await upload(coordinator, fileOf(lines), false).expect(200);

      expect(response.body).toMatchObject({
        totalRows: 2500,
        units: { create: 2499, update: 0, unchanged: 0, reject: 1 },
        contacts: { create: 2499 },
      });
      expect(response.body.rows).toHaveLength(2500);
      expect(response.body.rows[1500]).toMatchObject({
        row: 1502,
        action: 'reject',
        errors: [{ column: 'y-tunnus', message: 'the same business ID is on row 2' }],
      });
      expect(response.body.rows[2499]).toMatchObject({ row: 2501, action: 'create', businessId: ids[2499] });
      expect(await imported()).toEqual({ units: 2499, contacts: 2499 });
      expect(await accounts.auditEventCount()).toBe(auditBefore + 2 * 2499);
      // Tampere is in Pirkanmaa (06): the dashboards' counts follow the inserted units.
      expect(await activeUnitsIn('06')).toBe(activeBefore + 2499);
      const [unit] = await testApp.dataSource.query(
        `SELECT u.version, u.region_code, u.municipality_code, c.name, c.email, c.version AS contact_version,
                c.preferred_language
         FROM units u JOIN contacts c ON c.unit_id = u.id WHERE u.business_id = $1`,
        [ids[1200]],
      );
      expect(unit).toEqual({
        version: 1,
        region_code: '06',
        municipality_code: '837',
        name: 'Henkilö 1200',
        email: 'henkilo.1200@example.test',
        contact_version: 1,
        preferred_language: 'fi',
      });
      const [created] = await testApp.dataSource.query(
        `SELECT a.actor_user_id, a.changes FROM audit_events a JOIN units u ON a.entity_id = u.id::text
         WHERE a.entity_type = 'unit' AND u.business_id = $1`,
        [ids[1200]],
      );
      expect(created.actor_user_id).toBe(coordinatorId);
      expect(created.changes.nameFi).toEqual({ old: null, new: 'Iso tiedosto 1200' });
    });

    it('updates the changed units and contacts of a second file, bumps their versions and audits the changes', async () => {
      const lines = ids.map((_, index) =>
        line(
          index,
          index % 2 === 0 ? '2000' : '1000',
          index < 1000 ? '+358 40 999 9999' : '+358 40 000 0000',
        ),
      );
      lines[1500] = line(1500, '1000', '+358 40 000 0000');
      const auditBefore = await accounts.auditEventCount();

      const response = await upload(coordinator, fileOf(lines), false).expect(200);

      // Row 1 502 is new now (its first import rejected it); the other even rows changed spend, rows 2–1 001 the contact's phone.
      expect(response.body.units).toEqual({ create: 1, update: 1249, unchanged: 1250, reject: 0 });
      expect(response.body.contacts).toEqual({ create: 1, update: 1000, unchanged: 1499, reject: 0 });
      expect(await imported()).toEqual({ units: 2500, contacts: 2500 });
      expect(await accounts.auditEventCount()).toBe(auditBefore + 1 + 1249 + 1 + 1000);
      const [updated] = await testApp.dataSource.query(
        `SELECT u.version, u.estimated_annual_spend::text AS spend, u.updated_at > u.created_at AS is_newer,
                c.phone, c.version AS contact_version
         FROM units u JOIN contacts c ON c.unit_id = u.id WHERE u.business_id = $1`,
        [ids[2]],
      );
      expect(updated).toEqual({
        version: 2,
        spend: '2000.00',
        is_newer: true,
        phone: '+358 40 999 9999',
        contact_version: 2,
      });
      const changes = await testApp.dataSource.query(
        `SELECT a.entity_type, a.changes FROM audit_events a
         WHERE a.entity_id IN (SELECT u.id::text FROM units u WHERE u.business_id = $1
                               UNION ALL SELECT c.id::text FROM contacts c JOIN units u ON u.id = c.unit_id
                               WHERE u.business_id = $1)
           AND a.action = 'update' ORDER BY a.entity_type`,
        [ids[2]],
      );
      expect(changes).toEqual([
        { entity_type: 'contact', changes: { phone: { old: '+358 40 000 0000', new: '+358 40 999 9999' } } },
        { entity_type: 'unit', changes: { estimatedAnnualSpend: { old: '1000.00', new: '2000.00' } } },
      ]);
      const [unchanged] = await testApp.dataSource.query('SELECT version FROM units WHERE business_id = $1', [
        ids[1],
      ]);
      expect(unchanged.version).toBe(1);
    });
  });

  it('refuses a file of more rows than allowed and writes none of the rows before the limit', async () => {
    const ids = businessIds(6_000_000, MAX_IMPORT_ROWS + 1);
    const file = Buffer.from(
      ['nimi;y-tunnus;tyyppi;maakunta', ...ids.map((id, index) => `Liian iso ${index};${id};kunta;07`)].join(
        '\n',
      ),
    );
    const auditBefore = await accounts.auditEventCount();

    const response = await upload(coordinator, file, false).expect(400);

    expect(response.body).toMatchObject({ code: 'IMPORT_TOO_LARGE', detail: 'At most 50000 rows per file.' });
    const [{ count }] = await testApp.dataSource.query(
      "SELECT count(*)::int AS count FROM units WHERE name_fi LIKE 'Liian iso %'",
    );
    expect(count).toBe(0);
    expect(await accounts.auditEventCount()).toBe(auditBefore);
  });

  it('refuses a file that is not CSV, naming the line', async () => {
    const response = await upload(agent13, Buffer.from('nimi;y-tunnus\n"Rikki;0208201-1\n'), true).expect(
      400,
    );
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        field: 'file',
        code: 'malformedCsv',
        message: expect.stringContaining('line 2'),
      }),
    ]);
  });

  async function activeUnitsIn(regionCode: string): Promise<number> {
    const [{ units }] = await testApp.dataSource.query(
      'SELECT coalesce(sum(units), 0)::int AS units FROM active_unit_counts WHERE region_code = $1',
      [regionCode],
    );
    return units;
  }
});
