import { DemoSeedService } from '../src/database/seed/demo-seed.service';
import { signIn } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

const NETWORK_2020 = [
  '01',
  '02',
  '04',
  '05',
  '06',
  '08',
  '09',
  '10',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
];

describe('demo data', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ DEMO_DATA: 'true', DEMO_PASSWORD: 'demo-password' });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('has one account per role and the 15 agents of the 2020 network, all signing in with the demo password', async () => {
    const accounts = testApp.app.get(DemoSeedService).accounts.map((account) => account.email);
    expect(accounts).toEqual(
      expect.arrayContaining([
        'coordinator@demo.keino.test',
        'ministry@demo.keino.test',
        'unit@demo.keino.test',
      ]),
    );
    for (const email of ['coordinator@demo.keino.test', 'ministry@demo.keino.test', 'unit@demo.keino.test']) {
      await signIn(testApp.app, email, 'demo-password');
    }
    const coordinator = await signIn(testApp.app, 'coordinator@demo.keino.test', 'demo-password');
    const agents = await coordinator.get('/api/v1/agents?pageSize=100').expect(200);
    const covered = (agents.body.items as { regionCodes: string[] }[])
      .flatMap((agent) => agent.regionCodes)
      .sort();
    expect(covered).toEqual(NETWORK_2020);
    const agent = await signIn(testApp.app, 'agent.13@demo.keino.test', 'demo-password');
    expect((await agent.get('/api/v1/auth/me').expect(200)).body.agent.regionCodes).toEqual(['13']);
  });

  it('has every municipality, every wellbeing services county and about 150 other units, with contacts', async () => {
    const counts = await testApp.dataSource.query(
      'SELECT type, count(*)::int AS count FROM units GROUP BY type ORDER BY type',
    );
    const byType = Object.fromEntries(
      counts.map((row: { type: string; count: number }) => [row.type, row.count]),
    );
    expect(byType['municipality']).toBe(308);
    expect(byType['wellbeing_services_county']).toBe(21);
    const others = Object.entries(byType)
      .filter(([type]) => type !== 'municipality' && type !== 'wellbeing_services_county')
      .reduce((sum, [, count]) => sum + Number(count), 0);
    expect(others).toBe(150);
    const [contacts] = await testApp.dataSource.query(
      'SELECT min(n)::int AS min, max(n)::int AS max FROM (SELECT count(c.id) AS n FROM units u LEFT JOIN contacts c ON c.unit_id = u.id GROUP BY u.id) per_unit',
    );
    expect(contacts).toEqual({ min: 1, max: 3 });
    const [domains] = await testApp.dataSource.query(
      "SELECT count(*)::int AS count FROM contacts WHERE email NOT LIKE '%.test'",
    );
    expect(domains.count).toBe(0);
  });

  it('does not seed twice', async () => {
    await testApp.app.get(DemoSeedService).onApplicationBootstrap();
    const [{ count }] = await testApp.dataSource.query(
      "SELECT count(*)::int AS count FROM users WHERE email LIKE '%@demo.keino.test'",
    );
    expect(count).toBe(18);
  });
});
