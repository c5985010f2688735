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
        'ministry.sv@demo.keino.test',
        'ministry.en@demo.keino.test',
        'unit@demo.keino.test',
      ]),
    );
    for (const [email, language] of [
      ['ministry.sv@demo.keino.test', 'sv'],
      ['ministry.en@demo.keino.test', 'en'],
    ]) {
      const ministry = await signIn(testApp.app, email, 'demo-password');
      expect((await ministry.get('/api/v1/auth/me').expect(200)).body.preferredLanguage).toBe(language);
    }
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

  it('has two years of requests in every status, with timelines, ratings, SLA pressure today and a queue', async () => {
    const statuses = (await testApp.dataSource.query(
      'SELECT status, count(*)::int AS count FROM support_requests GROUP BY status',
    )) as { status: string; count: number }[];
    expect(statuses.map((row) => row.status).sort()).toEqual(
      ['assigned', 'cancelled', 'closed', 'in_progress', 'new', 'resolved', 'waiting_for_unit'].sort(),
    );
    const [span] = await testApp.dataSource.query(
      `SELECT count(*)::int AS total, min(submitted_at) < now() - interval '700 days' AS two_years,
         count(*) FILTER (WHERE rating IS NOT NULL)::int AS rated,
         count(*) FILTER (WHERE status = 'new' AND assigned_agent_user_id IS NULL AND region_code IN ('07', '11', '12', '21'))::int AS queued,
         count(*) FILTER (WHERE status IN ('assigned', 'in_progress', 'waiting_for_unit', 'new')
           AND first_responded_at IS NULL AND first_response_due_at < now())::int AS breached
       FROM support_requests`,
    );
    expect(span.total).toBeGreaterThan(500);
    expect(span).toMatchObject({ two_years: true });
    expect(span.rated).toBeGreaterThan(100);
    expect(span.queued).toBeGreaterThanOrEqual(5);
    expect(span.breached).toBeGreaterThanOrEqual(4);
    // Every request's timeline starts with its creation, and the workflow's timestamps agree with the status.
    const [inconsistent] = await testApp.dataSource.query(
      `SELECT count(*)::int AS count FROM support_requests r
       WHERE NOT EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id AND e.kind = 'created')
          OR (r.status = 'closed' AND (r.closed_at IS NULL OR r.resolved_at IS NULL))
          OR (r.status = 'resolved' AND (r.resolved_at IS NULL OR r.resolved_at < now() - interval '14 days'))
          OR (r.status = 'waiting_for_unit' AND r.waiting_since IS NULL)
          OR (r.status <> 'new' AND r.status <> 'cancelled' AND r.assigned_agent_user_id IS NULL)`,
    );
    expect(inconsistent.count).toBe(0);
    const coordinator = await signIn(testApp.app, 'coordinator@demo.keino.test', 'demo-password');
    const queue = await coordinator.get('/api/v1/requests?queue=true').expect(200);
    expect(queue.body.total).toBeGreaterThanOrEqual(5);
    const breached = await coordinator.get('/api/v1/requests?slaState=breached').expect(200);
    expect(breached.body.total).toBeGreaterThanOrEqual(4);
  });

  it('has two years of advice by the agents with seasonal rhythm, workshops reaching several units, and follow-ups', async () => {
    const [log] = await testApp.dataSource.query(
      `SELECT count(*)::int AS total, count(DISTINCT agent_user_id)::int AS agents,
         min(activity_date) <= (now() - interval '23 months')::date AS two_years,
         count(*) FILTER (WHERE extract(month FROM activity_date) = 7)::int AS july,
         count(*) FILTER (WHERE extract(month FROM activity_date) = 10)::int AS october
       FROM activities`,
    );
    expect(log.total).toBeGreaterThan(3000);
    expect(log.agents).toBe(15);
    expect(log.two_years).toBe(true);
    expect(log.october).toBeGreaterThan(4 * log.july);
    const [reach] = await testApp.dataSource.query(
      `SELECT max(n)::int AS widest FROM (SELECT count(*) AS n FROM activity_units au
         JOIN activities a ON a.id = au.activity_id WHERE a.type = 'workshop' GROUP BY au.activity_id) w`,
    );
    expect(reach.widest).toBeGreaterThanOrEqual(3);
    // Agents log only for units of their own region.
    const [outside] = await testApp.dataSource.query(
      `SELECT count(*)::int AS count FROM activity_units au JOIN activities a ON a.id = au.activity_id
       JOIN units u ON u.id = au.unit_id
       WHERE NOT EXISTS (SELECT 1 FROM agent_region_assignments r
                         WHERE r.agent_user_id = a.agent_user_id AND r.region_code = u.region_code)`,
    );
    expect(outside.count).toBe(0);
    const agent = await signIn(testApp.app, 'agent.06@demo.keino.test', 'demo-password');
    // The agent's dashboard has something to show: reach this year, and white spots to visit.
    const dashboard = (await agent.get('/api/v1/dashboards/agent').expect(200)).body;
    expect(dashboard.coverage.reachedUnits).toBeGreaterThan(dashboard.coverage.activeUnits / 2);
    expect(dashboard.whiteSpots.total).toBeGreaterThan(0);
    expect(dashboard.whiteSpots.total).toBeLessThan(dashboard.coverage.activeUnits / 2);
    const buckets = await Promise.all(
      ['overdue', 'today', 'thisWeek', 'later'].map(
        async (bucket) =>
          (await agent.get(`/api/v1/follow-ups?mine=true&bucket=${bucket}`).expect(200)).body.total as number,
      ),
    );
    expect(buckets[0]).toBeGreaterThanOrEqual(2);
    expect(buckets[1]).toBeGreaterThanOrEqual(1);
    expect(buckets[3]).toBeGreaterThanOrEqual(1);
    const done = await agent.get('/api/v1/follow-ups?mine=true&status=done').expect(200);
    expect(done.body.total).toBeGreaterThan(5);
  });

  it('does not seed twice', async () => {
    await testApp.app.get(DemoSeedService).onApplicationBootstrap();
    const [{ count }] = await testApp.dataSource.query(
      "SELECT count(*)::int AS count FROM users WHERE email LIKE '%@demo.keino.test'",
    );
    expect(count).toBe(20);
  });
});
