import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { Accounts, signIn, type SignedInClient } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

function binary(response: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe('GET /api/v1/exports/units', () => {
  let testApp: TestApp;
  let accounts: Accounts;
  let agent01: SignedInClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    accounts = new Accounts(testApp.app);
    agent01 = await signIn(testApp.app, (await accounts.agent(['01'])).email);
    await accounts.unit('01', {
      nameFi: 'Ämmänsaaren kaupunki',
      estimatedAnnualSpend: '1234567.50',
      municipalityCode: '091',
    });
    await accounts.unit('01', { nameFi: 'Lohjan kaupunki', isActive: false });
    await accounts.unit('02', { nameFi: 'Turun kaupunki' });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('streams an Excel-friendly Finnish CSV of the filtered units in the agent scope', async () => {
    const response = await agent01
      .get('/api/v1/exports/units?format=csv&isActive=true')
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="units-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const text = (response.body as Buffer).toString('utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'Nimi;Nimi ruotsiksi;Y-tunnus;Tyyppi;Kunta;Maakunta;Hankintavolyymi;Verkkosivu;Aktiivinen',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^Ämmänsaaren kaupunki;;\d{7}-\d;municipality;091;01;1234567,50;;1$/);
  });

  it('writes an XLSX workbook with numeric amounts, headers in the user language', async () => {
    const coordinator = await signIn(
      testApp.app,
      (await accounts.user('coordinator', { preferredLanguage: 'en' })).email,
    );
    const response = await coordinator
      .get('/api/v1/exports/units?format=xlsx&sort=name')
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('Name');
    const names = [2, 3, 4].map((row) => sheet.getRow(row).getCell(1).value);
    expect(names).toEqual(
      ['Ämmänsaaren kaupunki', 'Lohjan kaupunki', 'Turun kaupunki'].sort((a, b) => a.localeCompare(b, 'fi')),
    );
    const ammansaari =
      [2, 3, 4].find((row) => sheet.getRow(row).getCell(1).value === 'Ämmänsaaren kaupunki') ?? 0;
    expect(sheet.getRow(ammansaari).getCell(7).value).toBe(1234567.5);
  });

  it('refuses an unknown format and anonymous callers', async () => {
    const response = await agent01.get('/api/v1/exports/units?format=pdf').expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'format' })]);
    await testApp.http.get('/api/v1/exports/units?format=csv').expect(401);
  });

  it('exports the contact persons of the agent regions, and none to ministry users', async () => {
    const unit = await accounts.unit('01', { nameFi: 'Kontaktikunta' });
    await agent01
      .post(`/api/v1/units/${unit.id}/contacts`, { name: 'Maija Meikäläinen', email: 'maija@example.test' })
      .expect(201);
    const other = await accounts.unit('02', { nameFi: 'Toisen alueen kunta' });
    const coordinator = await signIn(testApp.app, (await accounts.user('coordinator')).email);
    await coordinator.post(`/api/v1/units/${other.id}/contacts`, { name: 'Pekka Toinen' }).expect(201);
    const response = await agent01
      .get('/api/v1/exports/contacts?format=csv')
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = (response.body as Buffer).toString('utf8');
    expect(text).toContain('Kontaktikunta;');
    expect(text).toContain('Maija Meikäläinen');
    expect(text).not.toContain('Pekka Toinen');
    const ministry = await signIn(testApp.app, (await accounts.user('ministry')).email);
    await ministry.get('/api/v1/exports/contacts?format=csv').expect(403);
  });
});
