import { Accounts, signIn, type SignedInClient } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

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

describe('POST /api/v1/imports/units', () => {
  let testApp: TestApp;
  let accounts: Accounts;
  let agent13: SignedInClient;
  let agent01: SignedInClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    accounts = new Accounts(testApp.app);
    agent13 = await signIn(testApp.app, (await accounts.agent(['13'])).email);
    agent01 = await signIn(testApp.app, (await accounts.agent(['01'])).email);
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
});
