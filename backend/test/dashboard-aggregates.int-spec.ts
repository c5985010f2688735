import { FinnishBusinessIds } from 'finnish-business-ids';
import { addDays, addMonths, startOfMonth } from '../src/common/time/calendar-dates';
import { helsinkiDate } from '../src/common/time/helsinki-date';
import { reachDaysRowInPeriodSql } from '../src/units/unit-reach.sql';
import type { UnitEntity } from '../src/units/unit.entity';
import type { UserEntity } from '../src/users/user.entity';
import { Accounts, type SignedInClient, signIn } from './support/accounts';
import { expectAggregatesEqualToRebuild } from './support/dashboard-aggregates';
import { type TestApp, startTestApp } from './support/test-app';

// The dashboards read pre-aggregates kept by triggers (migrations DashboardAggregates, ThemeActivityCounts,
// ReachCounts, RequestCounts, RequestThemeCounts, DashboardRollups, ReachDayMaps), and the requests list's totals
// (RequestStatusCounts). Whatever the writes, the aggregates must equal a full recomputation from the records, and
// each yearly count the sum of its months.

describe('dashboard pre-aggregates', () => {
  let testApp: TestApp;
  let accounts: Accounts;
  let agentUser: UserEntity;
  let agent: SignedInClient;
  let coordinator: SignedInClient;
  let espoo: UnitEntity;
  let vantaa: UnitEntity;
  let turku: UnitEntity;
  const today = helsinkiDate();
  const lastMonth = addMonths(today, -1);

  const expectEqualToRebuild = (): Promise<Record<string, unknown[]>> =>
    expectAggregatesEqualToRebuild(testApp.dataSource);
  const log = async (body: Record<string, unknown>): Promise<{ id: string; version: number }> =>
    (
      await agent
        .post('/api/v1/activities', {
          date: today,
          type: 'meeting',
          durationMinutes: 100,
          themeCodes: ['climate_low_carbon'],
          ...body,
        })
        .expect(201)
    ).body as { id: string; version: number };

  beforeAll(async () => {
    testApp = await startTestApp();
    accounts = new Accounts(testApp.app);
    agentUser = await accounts.agent(['01', '02']);
    agent = await signIn(testApp.app, agentUser.email);
    coordinator = await signIn(testApp.app, (await accounts.user('coordinator')).email);
    espoo = await accounts.unit('01', { nameFi: 'Espoon kaupunki' });
    vantaa = await accounts.unit('01', { nameFi: 'Vantaan kaupunki' });
    turku = await accounts.unit('02', { nameFi: 'Turun kaupunki' });
  });

  afterAll(() => testApp.close());

  it('shares minutes among regions and marks reach days as activities are logged, changed and deleted', async () => {
    const workshop = await log({
      type: 'workshop',
      unitIds: [espoo.id, vantaa.id, turku.id],
      durationMinutes: 100,
    });
    const call = await log({
      type: 'advice_call',
      unitIds: [espoo.id],
      date: lastMonth,
      durationMinutes: 30,
    });
    await log({ unitIds: [turku.id], date: addDays(lastMonth, -1), themeCodes: ['circular_economy'] });

    let aggregates = await expectEqualToRebuild();
    // 100 minutes over two regions: 50 each, whatever the number of units in a region.
    const workshopShares = aggregates['activity_region_minutes'].filter(
      (row) => (row as { activity_id: string }).activity_id === workshop.id,
    );
    expect(workshopShares.map((row) => Number((row as { minutes: string }).minutes))).toEqual([50, 50]);
    expect(aggregates['unit_reach_months'].length).toBeGreaterThan(0);

    // Moving the call to another day and unit, and the workshop's units and duration.
    await agent
      .patch(`/api/v1/activities/${call.id}`, {
        date: addDays(today, -3),
        type: 'advice_call',
        durationMinutes: 45,
        unitIds: [vantaa.id],
        themeCodes: ['circular_economy', 'climate_low_carbon'],
        version: call.version,
      })
      .expect(200);
    await agent
      .patch(`/api/v1/activities/${workshop.id}`, {
        date: today,
        type: 'workshop',
        durationMinutes: 120,
        unitIds: [turku.id],
        themeCodes: ['climate_low_carbon'],
        version: workshop.version,
      })
      .expect(200);
    aggregates = await expectEqualToRebuild();
    const moved = aggregates['activity_region_minutes'].filter(
      (row) => (row as { activity_id: string }).activity_id === workshop.id,
    ) as { region_code: string; minutes: string }[];
    expect(moved.map((row) => [row.region_code, Number(row.minutes)])).toEqual([['02', 120]]);

    await agent.delete(`/api/v1/activities/${call.id}`).expect(204);
    aggregates = await expectEqualToRebuild();
    expect(
      aggregates['activity_region_minutes'].some(
        (row) => (row as { activity_id: string }).activity_id === call.id,
      ),
    ).toBe(false);
  });

  it('finds from the reach days whether a unit was reached in any period, to the day', async () => {
    const kauniainen = await accounts.unit('01', { nameFi: 'Kauniaisten kaupunki' });
    // Days on both sides of month ends, and a month between them without any.
    const lastOfPreviousMonth = addDays(startOfMonth(today), -1);
    const days = [
      addDays(startOfMonth(addMonths(today, -3)), -1),
      startOfMonth(addMonths(today, -3)),
      lastOfPreviousMonth,
      startOfMonth(today),
    ];
    const logged = [];
    for (const date of days) {
      logged.push(await log({ unitIds: [kauniainen.id], date, themeCodes: ['circular_economy'] }));
    }
    // A move within a month: a day of reach and of the theme's activities moves.
    await agent
      .patch(`/api/v1/activities/${logged[1].id}`, {
        date: addDays(days[1], 1),
        type: 'meeting',
        durationMinutes: 100,
        unitIds: [kauniainen.id],
        themeCodes: ['circular_economy'],
        version: logged[1].version,
      })
      .expect(200);
    days[1] = addDays(days[1], 1);
    await expectEqualToRebuild();
    // Every period from 5 days before the first day to today: the reach days (per unit, and per unit and
    // theme) against the activities themselves.
    const mismatches = (await testApp.dataSource.query(
      `SELECT f::date::text AS "from", t::date::text AS "to", d.reached, dt.reached AS theme_reached, a.reached AS expected
       FROM generate_series($2::date - 5, $3::date, interval '1 day') f
       CROSS JOIN generate_series($2::date - 5, $3::date, interval '1 day') t
       CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM unit_reach_days d WHERE d.unit_id = $1
         AND ${reachDaysRowInPeriodSql('d', 'f::date', 't::date')}) AS reached) d
       CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM unit_theme_reach_days d
         WHERE d.unit_id = $1 AND d.theme_code = 'circular_economy'
           AND ${reachDaysRowInPeriodSql('d', 'f::date', 't::date')}) AS reached) dt
       CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM activity_units au WHERE au.unit_id = $1
         AND au.activity_date BETWEEN f::date AND t::date) AS reached) a
       WHERE f <= t AND (d.reached <> a.reached OR dt.reached <> a.reached)`,
      [kauniainen.id, days[0], today],
    )) as unknown[];
    expect(mismatches).toEqual([]);
    const [row] = (await testApp.dataSource.query(
      'SELECT first_day::text, length(days) AS length FROM unit_reach_days WHERE unit_id = $1',
      [kauniainen.id],
    )) as { first_day: string; length: number }[];
    expect(row.first_day).toBe(startOfMonth(days[0]));
  });

  it('adds the days of activities logged at once to the reach months, and counts their unit once per period', async () => {
    // Migration ReachDaysAdded: an insert ORs its days into the month rows instead of recomputing them.
    const unit = (
      await coordinator
        .post('/api/v1/units', {
          nameFi: 'Lohjan kaupunki',
          businessId: FinnishBusinessIds.generateBusinessId(),
          type: 'municipality',
          regionCode: '01',
        })
        .expect(201)
    ).body as { id: string };
    const month = `${lastMonth.slice(0, 7)}-01`;
    const monthCount = async (theme: string): Promise<number> =>
      (
        (await testApp.dataSource.query(
          `SELECT coalesce(sum(units), 0)::int AS units FROM reach_counts
           WHERE period_kind = 'month' AND period_start = $1 AND theme_code = $2 AND region_code = '01'
             AND unit_type = ''`,
          [month, theme],
        )) as { units: number }[]
      )[0].units;
    const before = { any: await monthCount(''), theme: await monthCount('circular_economy') };

    // Six writers at once on three days of one month (days 1, 2 and 4), two themes in turn.
    const days = [0, 1, 3, 0, 1, 3].map((offset) => addDays(month, offset));
    const logged = await Promise.all(
      days.map((date, index) =>
        log({
          unitIds: [unit.id],
          date,
          themeCodes: [index % 2 === 0 ? 'circular_economy' : 'climate_low_carbon'],
        }),
      ),
    );
    await expectEqualToRebuild();
    expect(
      await testApp.dataSource.query(
        `SELECT theme_code, days FROM unit_theme_reach_months WHERE unit_id = $1 ORDER BY 1`,
        [unit.id],
      ),
    ).toEqual([
      { theme_code: 'circular_economy', days: 0b1011 },
      { theme_code: 'climate_low_carbon', days: 0b1011 },
    ]);
    expect(
      await testApp.dataSource.query('SELECT month::text, days FROM unit_reach_months WHERE unit_id = $1', [
        unit.id,
      ]),
    ).toEqual([{ month, days: 0b1011 }]);
    expect({ any: await monthCount(''), theme: await monthCount('circular_economy') }).toEqual({
      any: before.any + 1,
      theme: before.theme + 1,
    });

    // A theme and a unit added to a logged activity add their days too.
    await agent
      .patch(`/api/v1/activities/${logged[1].id}`, {
        date: addDays(month, 6),
        type: 'meeting',
        durationMinutes: 100,
        unitIds: [unit.id, espoo.id],
        themeCodes: ['climate_low_carbon', 'innovation_procurement'],
        version: logged[1].version,
      })
      .expect(200);
    await expectEqualToRebuild();
  });

  it('follows requests resolved and reopened, and units moving to another region', async () => {
    await log({ unitIds: [espoo.id, turku.id], durationMinutes: 60 });
    const [request] = (await testApp.dataSource.query(
      `INSERT INTO support_requests (unit_id, requester_language, title, description, procurement_stage, urgency,
         source, status, region_code, assigned_agent_user_id, submitted_at, first_response_due_at,
         resolution_due_at, first_responded_at, resolved_at, version)
       VALUES ($1, 'fi', 'Kriteerit', 'Apua', 'tendering', 'normal', 'phone', 'resolved', '01', $2,
         now() - interval '40 days', now(), now(), now() - interval '39 days', now() - interval '35 days', 1)
       RETURNING id`,
      [vantaa.id, agentUser.id],
    )) as { id: string }[];
    await testApp.dataSource.query(
      `INSERT INTO support_request_themes (request_id, theme_code) VALUES ($1, 'circular_economy')`,
      [request.id],
    );
    await expectEqualToRebuild();

    // Reopened: the reach by the resolution goes away; resolved again later: it comes back on that day.
    await testApp.dataSource.query(
      `UPDATE support_requests SET resolved_at = NULL, status = 'in_progress' WHERE id = $1`,
      [request.id],
    );
    await expectEqualToRebuild();
    await testApp.dataSource.query(
      `UPDATE support_requests SET resolved_at = now(), status = 'resolved' WHERE id = $1`,
      [request.id],
    );
    await expectEqualToRebuild();
    // Moved to another region, its request figures go along; other changes leave them as they were.
    await testApp.dataSource.query(`UPDATE support_requests SET region_code = '02' WHERE id = $1`, [
      request.id,
    ]);
    await testApp.dataSource.query(`UPDATE support_requests SET title = 'Kriteerit 2' WHERE id = $1`, [
      request.id,
    ]);
    await expectEqualToRebuild();
    // Its themes replaced, then the request deleted: the counts by theme follow, and go with it.
    await testApp.dataSource.query(
      `WITH gone AS (DELETE FROM support_request_themes WHERE request_id = $1)
       INSERT INTO support_request_themes (request_id, theme_code)
       VALUES ($1, 'market_dialogue'), ($1, 'climate_low_carbon')`,
      [request.id],
    );
    await expectEqualToRebuild();
    await testApp.dataSource.query('DELETE FROM support_requests WHERE id = $1', [request.id]);
    await expectEqualToRebuild();

    // A request for a unit not yet known has no region: it counts in the total only, until it gets one.
    const [unknown] = (await testApp.dataSource.query(
      `INSERT INTO support_requests (unit_description, requester_language, title, description, procurement_stage,
         urgency, source, status, submitted_at, first_response_due_at, resolution_due_at, version)
       VALUES ('Uusi kunta', 'fi', 'Apua', 'Apua', 'tendering', 'normal', 'web_form', 'new', now(), now(), now(), 1)
       RETURNING id`,
    )) as { id: string }[];
    await testApp.dataSource.query(
      `INSERT INTO support_request_themes (request_id, theme_code) VALUES ($1, 'circular_economy')`,
      [unknown.id],
    );
    await expectEqualToRebuild();
    await testApp.dataSource.query(`UPDATE support_requests SET region_code = '01' WHERE id = $1`, [
      unknown.id,
    ]);
    await expectEqualToRebuild();

    // A unit moved to region 02 takes its share of its activities' minutes with it.
    await testApp.dataSource.query(`UPDATE units SET region_code = '02' WHERE id = $1`, [espoo.id]);
    const aggregates = await expectEqualToRebuild();
    expect(
      aggregates['region_month_minutes'].some((row) => (row as { region_code: string }).region_code === '02'),
    ).toBe(true);
    await coordinator.get('/api/v1/dashboards/national').expect(200);
  });

  it("keeps each region's median first-response time per month and year as requests are responded to, changed and deleted", async () => {
    // Submitted on Monday 3 March 2025, answered 1, 3 and 6 business days later: the median is 3.
    const respond = async (respondedAt: string): Promise<string> => {
      const [request] = (await testApp.dataSource.query(
        `INSERT INTO support_requests (unit_id, requester_language, title, description, procurement_stage, urgency,
           source, status, region_code, assigned_agent_user_id, submitted_at, first_response_due_at,
           resolution_due_at, first_responded_at, version)
         VALUES ($1, 'fi', 'Mediaani', 'Apua', 'tendering', 'normal', 'phone', 'in_progress', '01', $2,
           '2025-03-03 10:00+02', '2025-03-06 10:00+02', '2025-03-31 10:00+03', $3, 1)
         RETURNING id`,
        [vantaa.id, agentUser.id, respondedAt],
      )) as { id: string }[];
      return request.id;
    };
    const medians = async (): Promise<unknown[]> =>
      (await testApp.dataSource.query(
        `SELECT period_kind, period_start::text, median FROM region_first_response_medians
         WHERE region_code = '01' AND period_start IN ('2025-01-01', '2025-03-01') ORDER BY 1`,
      )) as unknown[];
    const ids = [];
    for (const respondedAt of ['2025-03-04 09:00+02', '2025-03-06 09:00+02', '2025-03-11 09:00+02']) {
      ids.push(await respond(respondedAt));
    }
    await expectEqualToRebuild();
    expect(await medians()).toEqual([
      { period_kind: 'month', period_start: '2025-03-01', median: 3 },
      { period_kind: 'year', period_start: '2025-01-01', median: 3 },
    ]);
    // The slowest answer moved to Wednesday (2 days): the median is 2; then one request less: (1 + 2) / 2.
    await testApp.dataSource.query(
      `UPDATE support_requests SET first_responded_at = '2025-03-05 09:00+02' WHERE id = $1`,
      [ids[2]],
    );
    await expectEqualToRebuild();
    expect(await medians()).toEqual([
      { period_kind: 'month', period_start: '2025-03-01', median: 2 },
      { period_kind: 'year', period_start: '2025-01-01', median: 2 },
    ]);
    await testApp.dataSource.query('DELETE FROM support_requests WHERE id = $1', [ids[1]]);
    await expectEqualToRebuild();
    expect(await medians()).toEqual([
      { period_kind: 'month', period_start: '2025-03-01', median: 1.5 },
      { period_kind: 'year', period_start: '2025-01-01', median: 1.5 },
    ]);
    // No first response left in the region's month and year: no median.
    await testApp.dataSource.query('DELETE FROM support_requests WHERE id = ANY ($1)', [ids]);
    await expectEqualToRebuild();
    expect(await medians()).toEqual([]);
  });

  it('keeps a median exact when two transactions change its histogram at once', async () => {
    // Two requests first answered in April 2025, each in its own open transaction. They share no count row but the
    // medians' (the second was submitted in 2024 and is waiting for the unit), so nothing else makes the second
    // wait for the first: it waits for the first's lock on the medians, then computes from both answers, where
    // without that lock it would keep the median of its own answer only.
    const insert = `INSERT INTO support_requests (unit_id, requester_language, title, description, procurement_stage,
         urgency, source, status, region_code, assigned_agent_user_id, submitted_at, first_response_due_at,
         resolution_due_at, first_responded_at, version)
       VALUES ($1, 'fi', 'Samaan aikaan', 'Apua', 'tendering', 'normal', 'phone', $2, '01', $3, $4, $4, $4, $5, 1)`;
    const first = testApp.dataSource.createQueryRunner();
    const second = testApp.dataSource.createQueryRunner();
    try {
      await first.startTransaction();
      await second.startTransaction();
      await first.query(insert, [
        vantaa.id,
        'in_progress',
        agentUser.id,
        '2025-04-01 10:00+03',
        '2025-04-02 09:00+03',
      ]);
      const [{ pid }] = (await second.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[];
      const secondInsert = second.query(insert, [
        vantaa.id,
        'waiting_for_unit',
        agentUser.id,
        '2024-12-30 10:00+02',
        '2025-04-09 09:00+03',
      ]);
      // The second transaction's statement has started and waits for the first's lock.
      let waiting = false;
      while (!waiting) {
        const [activity] = (await testApp.dataSource.query(
          'SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1',
          [pid],
        )) as { wait_event_type: string | null }[];
        waiting = activity.wait_event_type === 'Lock';
      }
      await first.commitTransaction();
      await secondInsert;
      await second.commitTransaction();
    } finally {
      await first.release();
      await second.release();
    }
    expect(
      await testApp.dataSource.query(
        `SELECT sum(requests)::int AS requests FROM region_month_first_responses
         WHERE region_code = '01' AND month = '2025-04-01'`,
      ),
    ).toEqual([{ requests: 2 }]);
    // The medians kept against percentile_cont over the histograms' requests.
    await expectEqualToRebuild();
    await testApp.dataSource.query(`DELETE FROM support_requests WHERE title = 'Samaan aikaan'`);
  });

  it('counts each unit once per month, quarter and year, and moves the counts with units changing type, region or activity', async () => {
    const created = await coordinator
      .post('/api/v1/units', {
        nameFi: 'Kuopion kaupunki',
        businessId: FinnishBusinessIds.generateBusinessId(),
        type: 'municipality',
        regionCode: '01',
      })
      .expect(201);
    let unit = created.body as { id: string; version: number };
    await expectEqualToRebuild();

    // Twice in one month and once the month before: one unit in each period, whatever the number of records.
    await log({ unitIds: [unit.id], themeCodes: ['circular_economy'] });
    await log({ unitIds: [unit.id], themeCodes: ['circular_economy', 'climate_low_carbon'] });
    const earlier = await log({ unitIds: [unit.id], date: lastMonth });
    await expectEqualToRebuild();
    // Counts per unit type ('' over all types; a theme's only so): period and theme → units.
    const countsOf = async (unitType: string): Promise<Record<string, number>> => {
      const rows = (await testApp.dataSource.query(
        `SELECT period_kind || ' ' || period_start::text || ' ' || theme_code AS key, units FROM reach_counts
         WHERE region_code = $1 AND unit_type = $2 AND units <> 0`,
        ['01', unitType],
      )) as { key: string; units: number }[];
      return Object.fromEntries(rows.map((row) => [row.key, row.units]));
    };
    const month = `${today.slice(0, 7)}-01`;
    expect((await countsOf('municipality'))[`month ${month} `]).toBeGreaterThanOrEqual(1);
    expect((await countsOf('municipality'))[`month ${month} circular_economy`]).toBeUndefined();
    const overAllTypes = await countsOf('');
    expect(overAllTypes[`month ${month} circular_economy`]).toBeGreaterThanOrEqual(1);
    expect(overAllTypes[`month ${month} `]).toBeGreaterThanOrEqual(
      (await countsOf('municipality'))[`month ${month} `],
    );

    // Its type changes: every count it was in moves from one type to the other; over all types nothing changes.
    const before = await countsOf('municipality');
    unit = (
      await coordinator
        .patch(`/api/v1/units/${unit.id}`, { type: 'municipal_company', version: unit.version })
        .expect(200)
    ).body as { id: string; version: number };
    await expectEqualToRebuild();
    const moved = await countsOf('municipal_company');
    const after = await countsOf('municipality');
    for (const [key, units] of Object.entries(moved)) {
      expect((after[key] ?? 0) + units).toBe(before[key]);
    }
    expect(moved[`month ${month} `]).toBe(1);
    expect(await countsOf('')).toEqual(overAllTypes);

    // Deactivated, it counts nowhere; active again, it is back. Then its earlier month goes away with the record.
    unit = (
      await coordinator
        .patch(`/api/v1/units/${unit.id}`, { isActive: false, version: unit.version })
        .expect(200)
    ).body as { id: string; version: number };
    await expectEqualToRebuild();
    expect(await countsOf('municipal_company')).toEqual({});
    expect((await countsOf(''))[`month ${month} climate_low_carbon`] ?? 0).toBe(
      overAllTypes[`month ${month} climate_low_carbon`] - 1,
    );
    await coordinator
      .patch(`/api/v1/units/${unit.id}`, { isActive: true, regionCode: '02', version: unit.version })
      .expect(200);
    await expectEqualToRebuild();
    await agent.delete(`/api/v1/activities/${earlier.id}`).expect(204);
    await expectEqualToRebuild();
  });
});
