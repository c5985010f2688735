import { startTestApp, type TestApp } from './support/test-app';

interface RegionBody {
  code: string;
  nuts3Code: string;
  names: { fi: string; sv: string; en: string };
}

describe('reference data endpoints', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('GET /api/v1/regions', () => {
    it('returns the 19 regions with official codes, NUTS-3 2024 codes and three-language names', async () => {
      const response = await testApp.http.get('/api/v1/regions').expect(200);
      const body = response.body as { items: RegionBody[]; total: number; page: number; pageSize: number };
      expect(body.total).toBe(19);
      expect(body.page).toBe(1);
      expect(body.items.map((region) => region.code)).toEqual([
        '01',
        '02',
        '04',
        '05',
        '06',
        '07',
        '08',
        '09',
        '10',
        '11',
        '12',
        '13',
        '14',
        '15',
        '16',
        '17',
        '18',
        '19',
        '21',
      ]);
      expect(body.items[0]).toEqual({
        code: '01',
        nuts3Code: 'FI1B1',
        names: { fi: 'Uusimaa', sv: 'Nyland', en: 'Uusimaa' },
      });
      expect(body.items.find((region) => region.code === '06')).toEqual({
        code: '06',
        nuts3Code: 'FI19B',
        names: { fi: 'Pirkanmaa', sv: 'Birkaland', en: 'Pirkanmaa' },
      });
      expect(body.items.find((region) => region.code === '21')?.names).toEqual({
        fi: 'Ahvenanmaa',
        sv: 'Åland',
        en: 'Åland',
      });
      expect(new Set(body.items.map((region) => region.nuts3Code)).size).toBe(19);
    });

    it('sorts by name in the requested language and pages', async () => {
      const firstPage = await testApp.http.get('/api/v1/regions?sort=name&lang=sv&pageSize=3').expect(200);
      expect(firstPage.body.items.map((region: RegionBody) => region.names.sv)).toEqual([
        'Birkaland',
        'Egentliga Finland',
        'Egentliga Tavastland',
      ]);
      // Swedish alphabet: … X, Y, Z, Å, Ä, Ö.
      const lastInSwedish = await testApp.http
        .get('/api/v1/regions?sort=-name&lang=sv&pageSize=2')
        .expect(200);
      expect(lastInSwedish.body.items.map((region: RegionBody) => region.names.sv)).toEqual([
        'Österbotten',
        'Åland',
      ]);
      const lastPage = await testApp.http.get('/api/v1/regions?sort=-code&page=7&pageSize=3').expect(200);
      expect(lastPage.body).toMatchObject({ total: 19, page: 7, pageSize: 3 });
      expect(lastPage.body.items.map((region: RegionBody) => region.code)).toEqual(['01']);
    });

    it.each([
      ['pageSize=200', 'pageSize', 'max'],
      ['page=0', 'page', 'min'],
      ['page=two', 'page', 'isInt'],
      ['sort=population', 'sort', 'isIn'],
      ['lang=de', 'lang', 'isIn'],
      ['colour=blue', 'colour', 'unknownField'],
    ])('answers ?%s with a 400 problem naming %s', async (query, field, code) => {
      const response = await testApp.http.get(`/api/v1/regions?${query}`).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({
        type: '/api/problems/validation-failed',
        title: 'Validation failed',
        status: 400,
        code: 'VALIDATION_FAILED',
        requestId: response.headers['x-request-id'],
      });
      expect(response.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field, code })]),
      );
    });

    it('returns one region by code, 404 for an unknown code and 400 for a malformed one', async () => {
      const found = await testApp.http.get('/api/v1/regions/19').expect(200);
      expect(found.body.names.fi).toBe('Lappi');
      const missing = await testApp.http.get('/api/v1/regions/20').expect(404);
      expect(missing.body).toMatchObject({ code: 'NOT_FOUND', status: 404, detail: 'No region with id 20.' });
      const malformed = await testApp.http.get('/api/v1/regions/uusimaa').expect(400);
      expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'matches' })]);
    });
  });

  describe('GET /api/v1/municipalities', () => {
    it('has the 308 municipalities of 2026, each in one of the regions', async () => {
      const regions = (await testApp.http.get('/api/v1/regions').expect(200)).body.items as RegionBody[];
      let total = 0;
      for (const region of regions) {
        const response = await testApp.http
          .get(`/api/v1/municipalities?region=${region.code}&pageSize=100`)
          .expect(200);
        expect(
          response.body.items.every((item: { regionCode: string }) => item.regionCode === region.code),
        ).toBe(true);
        total += response.body.total;
      }
      expect(total).toBe(308);
      const all = await testApp.http.get('/api/v1/municipalities?pageSize=1').expect(200);
      expect(all.body.total).toBe(308);
    });

    it('filters by region and by the start of the Finnish or Swedish name', async () => {
      const uusimaa = await testApp.http.get('/api/v1/municipalities?region=01&pageSize=100').expect(200);
      expect(uusimaa.body.total).toBe(26);
      const helsinki = await testApp.http.get('/api/v1/municipalities?q=helsingf').expect(200);
      expect(helsinki.body.items).toEqual([
        { code: '091', names: { fi: 'Helsinki', sv: 'Helsingfors' }, regionCode: '01' },
      ]);
      const wildcard = await testApp.http.get('/api/v1/municipalities?q=%25').expect(200);
      expect(wildcard.body.total).toBe(0);
    });

    it('refuses a malformed region code and answers 404 for an unknown municipality', async () => {
      const response = await testApp.http.get('/api/v1/municipalities?region=1').expect(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'region', code: 'matches' })]);
      await testApp.http.get('/api/v1/municipalities/999').expect(404);
      const found = await testApp.http.get('/api/v1/municipalities/478').expect(200);
      expect(found.body.names).toEqual({ fi: 'Maarianhamina', sv: 'Mariehamn' });
    });
  });

  describe('GET /api/v1/themes', () => {
    it('returns the theme taxonomy in its fixed order with labels in fi, sv and en', async () => {
      const response = await testApp.http.get('/api/v1/themes').expect(200);
      expect(response.body.total).toBe(10);
      expect(response.body.items[0]).toEqual({
        code: 'climate_low_carbon',
        labels: {
          fi: 'Ilmasto ja vähähiilisyys',
          sv: 'Klimat och koldioxidsnålhet',
          en: 'Climate and low carbon',
        },
      });
      expect(response.body.items.map((theme: { code: string }) => theme.code)).toContain(
        'innovation_procurement',
      );
      for (const theme of response.body.items as { labels: Record<string, string> }[]) {
        expect(Object.values(theme.labels).every((label) => label.length > 0)).toBe(true);
      }
    });

    it('refuses parameters it does not take', async () => {
      await testApp.http.get('/api/v1/themes?q=climate').expect(400);
    });
  });

  describe('GET /api/v1/cpv-divisions', () => {
    it('returns the 45 CPV divisions with labels in fi, sv and en', async () => {
      const response = await testApp.http.get('/api/v1/cpv-divisions?pageSize=100').expect(200);
      expect(response.body.total).toBe(45);
      expect(response.body.items.find((division: { code: string }) => division.code === '45')).toEqual({
        code: '45',
        cpvCode: '45000000-7',
        labels: { fi: 'Rakennustyöt', sv: 'Anläggningsarbete', en: 'Construction work' },
      });
    });

    it('searches by code prefix and by words of a label in any language', async () => {
      const byCode = await testApp.http.get('/api/v1/cpv-divisions?q=72').expect(200);
      expect(byCode.body.items.map((division: { code: string }) => division.code)).toEqual(['72']);
      const bySwedish = await testApp.http.get('/api/v1/cpv-divisions?q=livsmedel').expect(200);
      expect(bySwedish.body.items.map((division: { code: string }) => division.code)).toEqual(['15']);
    });
  });
});
