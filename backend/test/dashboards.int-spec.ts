import ExcelJS from 'exceljs';
import { addDays, addMonths, startOfIsoWeek, startOfMonth } from '../src/common/time/calendar-dates';
import { helsinkiDate } from '../src/common/time/helsinki-date';
import { type CountedPeriod, reachPeriod } from '../src/dashboards/counted-period';
import { AppDataSource } from '../src/database/app-data-source';
import { endOfHelsinkiDay } from '../src/service-levels/business-calendar';
import type { UnitEntity } from '../src/units/unit.entity';
import type { UserEntity } from '../src/users/user.entity';
import { Accounts, type SignedInClient, signIn } from './support/accounts';
import {
  type Period,
  type Records,
  expectedByTheme,
  expectedByUnitType,
  expectedFigures,
  expectedTrend,
  readRecords,
  reachedUnitIds,
} from './support/expected-figures';
import { type TestApp, startTestApp } from './support/test-app';

interface FiguresBody {
  activeUnits: number;
  reachedUnits: number;
  coverage: number | null;
  requestsReceived: number;
  requestsResolved: number;
  hours: number;
  medianFirstResponseBusinessDays: number | null;
  slaMet: number;
  slaCompliance: number | null;
}
interface NationalBody {
  period: Period;
  previousPeriod: Period;
  totals: FiguresBody & { regionsWithAgent: number; regionCount: number };
  previousTotals: FiguresBody & { regionsWithAgent: number; regionCount: number };
  regions: (FiguresBody & { code: string; hasAgent: boolean; agent?: { displayName: string } | null })[];
  byUnitType: unknown[];
  byTheme: { themeCode: string; reachedUnits: number; activities: number; requestsReceived: number }[];
  trend: unknown[];
}

const figuresOf = (body: FiguresBody): FiguresBody => ({
  activeUnits: body.activeUnits,
  reachedUnits: body.reachedUnits,
  coverage: body.coverage,
  requestsReceived: body.requestsReceived,
  requestsResolved: body.requestsResolved,
  hours: body.hours,
  medianFirstResponseBusinessDays: body.medianFirstResponseBusinessDays,
  slaMet: body.slaMet,
  slaCompliance: body.slaCompliance,
});

describe('dashboards (workload, national coverage, balance)', () => {
  let testApp: TestApp;
  let accounts: Accounts;
  let coordinator: SignedInClient;
  let ministry: SignedInClient;
  let agentA: UserEntity; // 04 and 05
  let agentB: UserEntity; // 06 until the end of year Y-2
  let agentC: UserEntity; // 06 from year Y-1
  let clientA: SignedInClient;
  let clientB: SignedInClient;
  const units: Record<string, UnitEntity> = {};
  const today = helsinkiDate();
  const year = Number(today.slice(0, 4));
  const [y2, y1] = [year - 2, year - 1];
  // Across a year boundary, whole months: November Y-2 to March Y-1; the previous period is June–October Y-2.
  const period: Period = { from: `${y2}-11-01`, to: `${y1}-03-31` };
  const previous: Period = { from: `${y2}-06-01`, to: `${y2}-10-31` };
  let records: Records;

  const insertActivity = async (
    agent: UserEntity,
    date: string,
    minutes: number,
    unitList: UnitEntity[],
    themes: string[],
  ): Promise<void> => {
    const [{ id }] = (await testApp.dataSource.query(
      `INSERT INTO activities (agent_user_id, activity_date, type, duration_minutes, participant_count, version)
       VALUES ($1, $2, 'workshop', $3, 10, 1) RETURNING id`,
      [agent.id, date, minutes],
    )) as { id: string }[];
    for (const unit of unitList) {
      await testApp.dataSource.query(
        'INSERT INTO activity_units (activity_id, unit_id, activity_date) VALUES ($1, $2, $3)',
        [id, unit.id, date],
      );
    }
    for (const theme of themes) {
      await testApp.dataSource.query(
        'INSERT INTO activity_themes (activity_id, theme_code) VALUES ($1, $2)',
        [id, theme],
      );
    }
  };

  const insertRequest = async (request: {
    unit?: UnitEntity;
    unitDescription?: string;
    regionCode: string;
    status: string;
    agent?: UserEntity;
    submittedAt: string;
    firstRespondedAt?: string;
    resolvedAt?: string;
    firstResponseDueAt: string;
    resolutionDueAt: string;
    themes?: string[];
  }): Promise<string> => {
    const [{ id }] = (await testApp.dataSource.query(
      `INSERT INTO support_requests (unit_id, unit_description, requester_language, title, description,
         procurement_stage, urgency, source, status, region_code, assigned_agent_user_id, submitted_at,
         first_response_due_at, resolution_due_at, first_responded_at, resolved_at, version)
       VALUES ($1, $2, 'fi', 'Kysymys', 'Kuvaus', 'tendering', 'normal', 'email', $3, $4, $5, $6, $7, $8, $9, $10, 1)
       RETURNING id`,
      [
        request.unit?.id ?? null,
        request.unitDescription ?? null,
        request.status,
        request.regionCode,
        request.agent?.id ?? null,
        request.submittedAt,
        request.firstResponseDueAt,
        request.resolutionDueAt,
        request.firstRespondedAt ?? null,
        request.resolvedAt ?? null,
      ],
    )) as { id: string }[];
    for (const theme of request.themes ?? ['strategic_management_indicators']) {
      await testApp.dataSource.query(
        'INSERT INTO support_request_themes (request_id, theme_code) VALUES ($1, $2)',
        [id, theme],
      );
    }
    return id;
  };

  const insertFollowUp = async (agent: UserEntity, unit: UnitEntity, dueDate: string, status = 'open') => {
    await testApp.dataSource.query(
      `INSERT INTO follow_ups (subject_kind, unit_id, region_code, assignee_user_id, due_date, note, status, version)
       VALUES ('unit', $1, $2, $3, $4, 'Soita', $5, 1)`,
      [unit.id, unit.regionCode, agent.id, dueDate, status],
    );
  };

  beforeAll(async () => {
    testApp = await startTestApp();
    accounts = new Accounts(testApp.app);
    coordinator = await signIn(testApp.app, (await accounts.user('coordinator')).email);
    ministry = await signIn(testApp.app, (await accounts.user('ministry')).email);
    agentA = await accounts.agent(['04', '05']);
    agentB = await accounts.agent(['06'], { validTo: `${y2}-12-31` });
    agentC = await accounts.agent(['06'], { validFrom: `${y1}-01-01` });
    clientA = await signIn(testApp.app, agentA.email);
    clientB = await signIn(testApp.app, agentB.email);

    units.big04 = await accounts.unit('04', { nameFi: 'Iso 04', estimatedAnnualSpend: '5000000.00' });
    units.onlyResolved04 = await accounts.unit('04', {
      nameFi: 'Ratkaistu 04',
      estimatedAnnualSpend: '1000000.00',
    });
    units.inactive04 = await accounts.unit('04', { nameFi: 'Lakannut 04', isActive: false });
    units.agency04 = await accounts.unit('04', { nameFi: 'Virasto 04', type: 'state_agency' });
    units.workshop05 = await accounts.unit('05', {
      nameFi: 'Työpaja 05',
      estimatedAnnualSpend: '3000000.00',
    });
    units.never05 = await accounts.unit('05', { nameFi: 'Koskematon 05' });
    units.early06 = await accounts.unit('06', { nameFi: 'Alku 06', type: 'joint_municipal_authority' });
    units.late06 = await accounts.unit('06', { nameFi: 'Loppu 06' });
    units.before06 = await accounts.unit('06', { nameFi: 'Ennen 06' });

    // A workshop reaching units of two regions (and an inactive unit): its minutes split between 04 and 05.
    await insertActivity(
      agentA,
      `${y2}-11-15`,
      120,
      [units.big04, units.inactive04, units.workshop05],
      ['climate_low_carbon', 'circular_economy'],
    );
    // Region 06 changes agent on 1 January Y-1: both agents' work counts for the region.
    await insertActivity(agentB, `${y2}-12-10`, 45, [units.early06], ['market_dialogue']);
    await insertActivity(agentC, `${y1}-03-05`, 50, [units.late06], ['climate_low_carbon']);
    // In the previous period only.
    await insertActivity(agentB, `${y2}-09-10`, 30, [units.before06], ['market_dialogue']);

    // A unit reached only by a resolved request (submitted before the period, resolved in it, on time).
    await insertRequest({
      unit: units.onlyResolved04,
      regionCode: '04',
      status: 'resolved',
      agent: agentA,
      submittedAt: `${y2}-10-20T08:00:00Z`,
      firstRespondedAt: `${y2}-10-22T08:00:00Z`,
      resolvedAt: `${y2}-11-03T08:00:00Z`,
      firstResponseDueAt: `${y2}-10-23T22:00:00Z`,
      resolutionDueAt: `${y2}-11-17T22:00:00Z`,
      themes: ['innovation_procurement'],
    });
    // First response late; resolved at 23:30 Helsinki time on the period's last day (UTC+3): inside.
    await insertRequest({
      unit: units.big04,
      regionCode: '04',
      status: 'resolved',
      agent: agentA,
      submittedAt: `${y2}-12-01T08:00:00Z`,
      firstRespondedAt: `${y2}-12-08T08:00:00Z`,
      resolvedAt: `${y1}-03-31T20:30:00Z`,
      firstResponseDueAt: `${y2}-12-04T22:00:00Z`,
      resolutionDueAt: `${y1}-04-30T21:00:00Z`,
    });
    // Resolved at 00:30 on 1 April Helsinki time: outside the period, though still 31 March in UTC.
    await insertRequest({
      unit: units.early06,
      regionCode: '06',
      status: 'resolved',
      agent: agentC,
      submittedAt: `${y1}-01-15T10:00:00Z`,
      firstRespondedAt: `${y1}-01-16T10:00:00Z`,
      resolvedAt: `${y1}-03-31T21:30:00Z`,
      firstResponseDueAt: `${y1}-01-20T22:00:00Z`,
      resolutionDueAt: `${y1}-02-20T22:00:00Z`,
    });
    // Submitted at 23:30 on 31 October Helsinki time (outside), first answered in the period.
    await insertRequest({
      unit: units.late06,
      regionCode: '06',
      status: 'in_progress',
      agent: agentB,
      submittedAt: `${y2}-10-31T21:30:00Z`,
      firstRespondedAt: `${y2}-11-02T10:00:00Z`,
      firstResponseDueAt: `${y2}-11-04T22:00:00Z`,
      resolutionDueAt: `${y2}-11-30T22:00:00Z`,
    });
    // A unit the requester only described, in the queue.
    await insertRequest({
      unitDescription: 'Jokin kuntayhtymä',
      regionCode: '05',
      status: 'new',
      submittedAt: `${y1}-02-02T10:00:00Z`,
      firstResponseDueAt: `${y1}-02-05T22:00:00Z`,
      resolutionDueAt: `${y1}-03-02T22:00:00Z`,
    });

    // Today's workload of agent A.
    const now = Date.now();
    const hoursAgo = (hours: number) => new Date(now - hours * 3_600_000).toISOString();
    const hoursAhead = (hours: number) => new Date(now + hours * 3_600_000).toISOString();
    await insertRequest({
      unit: units.big04,
      regionCode: '04',
      status: 'in_progress',
      agent: agentA,
      submittedAt: hoursAgo(3 * 24),
      firstRespondedAt: hoursAgo(2 * 24),
      firstResponseDueAt: hoursAhead(24),
      resolutionDueAt: hoursAgo(1),
    });
    await insertRequest({
      unit: units.workshop05,
      regionCode: '05',
      status: 'assigned',
      agent: agentA,
      submittedAt: hoursAgo(40 * 24),
      // Due when today ends in Finland: at risk (its due day), whatever the hour of the test.
      firstResponseDueAt: endOfHelsinkiDay(today).toISOString(),
      resolutionDueAt: hoursAhead(400),
    });
    await insertRequest({
      unit: units.agency04,
      regionCode: '04',
      status: 'waiting_for_unit',
      agent: agentA,
      submittedAt: hoursAgo(100 * 24),
      firstRespondedAt: hoursAgo(99 * 24),
      firstResponseDueAt: hoursAgo(97 * 24),
      resolutionDueAt: hoursAgo(10),
    });
    await insertActivity(agentA, today, 90, [units.big04], ['climate_low_carbon']);
    await insertActivity(agentA, startOfMonth(today), 30, [units.big04], ['circular_economy']);
    await insertActivity(agentA, addDays(startOfMonth(today), -1), 600, [units.big04], ['circular_economy']);
    await insertFollowUp(agentA, units.big04, addDays(today, -2));
    await insertFollowUp(agentA, units.big04, addDays(today, -5), 'done');
    await insertFollowUp(agentA, units.big04, today);
    if (addDays(startOfIsoWeek(today), 6) > today) {
      await insertFollowUp(agentA, units.big04, addDays(startOfIsoWeek(today), 6));
    }
    await insertFollowUp(agentA, units.big04, addDays(startOfIsoWeek(today), 7));
    await insertFollowUp(agentB, units.early06, addDays(today, -1));

    records = await readRecords(testApp.dataSource);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  /** Every figure of a national dashboard for `asked`, per region and in total, as computed from the records. */
  const expectFiguresOfRecords = (body: NationalBody, asked: Period): void => {
    for (const region of body.regions) {
      expect({ code: region.code, ...figuresOf(region) }).toEqual({
        code: region.code,
        ...expectedFigures(records, asked, [region.code]),
      });
    }
    expect(figuresOf(body.totals)).toEqual(expectedFigures(records, asked, null));
    expect(body.byUnitType).toEqual(expectedByUnitType(records, asked, null));
    expect(
      body.byTheme.map(({ themeCode, reachedUnits, activities, requestsReceived }) => ({
        themeCode,
        reachedUnits,
        activities,
        requestsReceived,
      })),
    ).toEqual(expectedByTheme(records, asked, null));
    expect(body.trend).toEqual(expectedTrend(records, asked, null));
  };

  it('gives every national figure as computed independently from the records, per region and in total', async () => {
    const response = await ministry
      .get(`/api/v1/dashboards/national?from=${period.from}&to=${period.to}`)
      .expect(200);
    const body = response.body as NationalBody;
    expect(body.period).toEqual(period);
    expect(body.previousPeriod).toEqual(previous);
    expect(body.regions).toHaveLength(19);
    expectFiguresOfRecords(body, period);
    expect(figuresOf(body.previousTotals)).toEqual(expectedFigures(records, previous, null));

    // The edge cases, stated plainly: region 04 reaches the unit with only a resolved request but not the
    // inactive unit; the two-region workshop gives 1 h to 04 and 1 h to 05; 06 counts both agents' work.
    const region = (code: string) => body.regions.find((candidate) => candidate.code === code);
    expect(region('04')).toMatchObject({ activeUnits: 3, reachedUnits: 2, hours: 1, requestsResolved: 2 });
    expect(region('05')).toMatchObject({ activeUnits: 2, reachedUnits: 1, hours: 1, requestsReceived: 1 });
    expect(region('06')).toMatchObject({ activeUnits: 3, reachedUnits: 2, hours: 1.6, requestsResolved: 0 });
    expect(region('04')?.slaCompliance).toBe(0.5);
    expect(body.totals).toMatchObject({ regionsWithAgent: 3, regionCount: 19, hours: 3.6 });
    expect(body.previousTotals.reachedUnits).toBe(1);
  });

  it("counts the regions with an agent on each period's last day", async () => {
    // Every assignment here starts on 2020-01-01 or later: on 2020-06-30 agents A (04, 05) and B (06) cover
    // three regions; on 2019-06-30, the previous period's last day, nobody covers any.
    const response = await ministry
      .get('/api/v1/dashboards/national?from=2019-07-01&to=2020-06-30')
      .expect(200);
    const body = response.body as NationalBody;
    expect(body.totals).toMatchObject({ regionsWithAgent: 3, regionCount: 19 });
    expect(body.previousTotals).toMatchObject({ regionsWithAgent: 0, regionCount: 19 });
    expect(body.regions.filter((region) => region.hasAgent).map((region) => region.code)).toEqual([
      '04',
      '05',
      '06',
    ]);
  });

  it('gives the same figures from the counts kept per month, quarter and year as from the records', async () => {
    // Whole calendar periods read their counts; a part of one does when nothing was reached in the rest of it.
    const cases: [Period, CountedPeriod | null][] = [
      [
        { from: `${y2}-01-01`, to: `${y2}-12-31` },
        { kind: 'year', start: `${y2}-01-01` },
      ],
      [
        { from: `${y2}-10-01`, to: `${y2}-12-31` },
        { kind: 'quarter', start: `${y2}-10-01` },
      ],
      [
        { from: `${y2}-11-01`, to: `${y2}-11-30` },
        { kind: 'month', start: `${y2}-11-01` },
      ],
      [
        { from: `${y2}-11-01`, to: `${y2}-11-20` },
        { kind: 'month', start: `${y2}-11-01` },
      ],
      [
        { from: `${y1}-01-01`, to: `${y1}-03-31` },
        { kind: 'quarter', start: `${y1}-01-01` },
      ],
      // A request was resolved on 3 November, before this period, in the same quarter: computed from records.
      [{ from: `${y2}-11-10`, to: `${y2}-12-31` }, null],
      // A request was resolved late on 31 March, after this period, in the same month: computed from records.
      [{ from: `${y1}-03-01`, to: `${y1}-03-20` }, null],
      // Across the new year: whole months on both sides of it and edge days (migration DashboardRollups).
      [{ from: `${y2}-10-15`, to: `${y1}-03-31` }, null],
      // A whole year in the middle, read from the yearly counts, with whole months and edge days around it.
      [{ from: `${y2 - 1}-12-01`, to: `${y1}-02-10` }, null],
    ];
    for (const [asked, counted] of cases) {
      expect((await reachPeriod(testApp.dataSource, asked)).counted).toEqual(counted);
      const body = (
        await ministry.get(`/api/v1/dashboards/national?from=${asked.from}&to=${asked.to}`).expect(200)
      ).body as NationalBody;
      expectFiguresOfRecords(body, asked);
    }
  });

  it('gives a region its figures over time, and names agents only to coordinators', async () => {
    for (const code of ['04', '06']) {
      const response = await ministry
        .get(`/api/v1/dashboards/regions/${code}?from=${period.from}&to=${period.to}`)
        .expect(200);
      expect(figuresOf(response.body.totals as FiguresBody)).toEqual(
        expectedFigures(records, period, [code]),
      );
      expect(figuresOf(response.body.previousTotals as FiguresBody)).toEqual(
        expectedFigures(records, previous, [code]),
      );
      expect(response.body.trend).toEqual(expectedTrend(records, period, [code]));
      expect(response.body.byUnitType).toEqual(expectedByUnitType(records, period, [code]));
      expect(
        (response.body.byTheme as NationalBody['byTheme']).map(
          ({ themeCode, reachedUnits, activities, requestsReceived }) => ({
            themeCode,
            reachedUnits,
            activities,
            requestsReceived,
          }),
        ),
      ).toEqual(expectedByTheme(records, period, [code]));
    }
    const forMinistry = await ministry.get('/api/v1/dashboards/regions/06').expect(200);
    expect(forMinistry.body.agents).toEqual([
      { validFrom: `${y1}-01-01`, validTo: null },
      { validFrom: '2020-01-01', validTo: `${y2}-12-31` },
    ]);
    const forCoordinator = await coordinator.get('/api/v1/dashboards/regions/06').expect(200);
    expect(
      forCoordinator.body.agents.map((entry: { agent: { displayName: string } }) => entry.agent.displayName),
    ).toEqual([agentC.displayName, agentB.displayName]);
    await ministry.get('/api/v1/dashboards/regions/99').expect(404);
  });

  it('never gives ministry users names, e-mail addresses or notes; coordinators see who the agents are', async () => {
    const forMinistry = await ministry.get('/api/v1/dashboards/national').expect(200);
    const text = JSON.stringify(forMinistry.body);
    for (const agent of [agentA, agentB, agentC]) {
      expect(text).not.toContain(agent.displayName);
      expect(text).not.toContain(agent.email);
    }
    expect(text).not.toContain('Soita');
    expect((forMinistry.body as NationalBody).regions.every((region) => !('agent' in region))).toBe(true);
    const forCoordinator = await coordinator.get('/api/v1/dashboards/national').expect(200);
    const regions = (forCoordinator.body as NationalBody).regions;
    expect(regions.find((region) => region.code === '04')?.agent?.displayName).toBe(agentA.displayName);
    expect(regions.find((region) => region.code === '06')?.agent?.displayName).toBe(agentC.displayName);
    expect(regions.find((region) => region.code === '01')).toMatchObject({ hasAgent: false, agent: null });
  });

  it("gives an agent their workload as computed from the records, and refuses another agent's", async () => {
    const response = await clientA.get('/api/v1/dashboards/agent').expect(200);
    const body = response.body;
    expect(body.agentUserId).toBe(agentA.id);
    expect(body.openRequests.total).toBe(3);
    expect(body.openRequests.byStatus).toEqual([
      { status: 'new', count: 0 },
      { status: 'assigned', count: 1 },
      { status: 'in_progress', count: 1 },
      { status: 'waiting_for_unit', count: 1 },
    ]);
    expect(body.openRequests.byAge.map((bucket: { count: number }) => bucket.count)).toEqual([1, 0, 1, 1]);
    expect(body.openRequests.byAge[0]).toMatchObject({
      submittedFrom: addDays(today, -6),
      submittedTo: null,
    });
    expect(body.openRequests.byAge[3]).toMatchObject({
      submittedFrom: null,
      submittedTo: addDays(today, -90),
    });
    // In progress with its resolution overdue: breached; assigned and due within the hour: at risk; waiting
    // for the unit: its resolution clock is paused.
    expect(body.sla).toEqual({
      atRisk: 1,
      breached: 1,
      firstResponse: { atRisk: 1, breached: 0 },
      resolution: { atRisk: 0, breached: 1 },
    });
    const sunday = addDays(startOfIsoWeek(today), 6);
    expect(body.followUps).toEqual({
      overdue: 1,
      dueToday: 1,
      dueLaterThisWeek: sunday > today ? 1 : 0,
    });
    const monthMinutes = records.activities
      .filter(
        (activity) => activity.agent_user_id === agentA.id && activity.activity_date >= startOfMonth(today),
      )
      .reduce((sum, activity) => sum + activity.duration_minutes, 0);
    expect(body.hours).toEqual({
      month: today.slice(0, 7),
      logged: Math.round(monthMinutes / 6) / 10,
      capacity: 40,
    });

    const thisYear = { from: `${year}-01-01`, to: today };
    const reachedThisYear = reachedUnitIds(records, thisYear);
    const activeOf = (code: string) =>
      records.units.filter((unit) => unit.is_active && unit.region_code === code);
    expect(body.coverage.regions).toEqual(
      ['04', '05'].map((code) => ({
        code,
        names: expect.any(Object),
        activeUnits: activeOf(code).length,
        reachedUnits: activeOf(code).filter((unit) => reachedThisYear.has(unit.id)).length,
      })),
    );
    expect(
      body.reachByTheme.map((theme: { themeCode: string; reachedUnits: number }) => [
        theme.themeCode,
        theme.reachedUnits,
      ]),
    ).toEqual(
      expectedByTheme(records, thisYear, ['04', '05']).map((theme) => [theme.themeCode, theme.reachedUnits]),
    );

    // White spots: active units of 04 and 05 not reached in the last 12 months, largest spend first.
    const since = addDays(addMonths(today, -12), 1);
    const reachedLately = reachedUnitIds(records, { from: since, to: today });
    const spots = [...activeOf('04'), ...activeOf('05')].filter((unit) => !reachedLately.has(unit.id));
    expect(body.whiteSpots.total).toBe(spots.length);
    expect(body.whiteSpots.since).toBe(since);
    expect(body.whiteSpots.top.map((spot: { id: string }) => spot.id)).toEqual([
      units.workshop05.id,
      units.onlyResolved04.id,
      units.never05.id,
      units.agency04.id,
    ]);
    expect(body.whiteSpots.top[0]).toMatchObject({
      estimatedAnnualSpend: 3000000,
      lastReachedOn: `${y2}-11-15`,
    });
    expect(body.whiteSpots.top[2]).toMatchObject({ estimatedAnnualSpend: null, lastReachedOn: null });

    // The units list with the same filter lists the same units.
    const list = await clientA
      .get(`/api/v1/units?regionCode=04&isActive=true&reached=false&from=${since}&to=${today}&pageSize=100`)
      .expect(200);
    expect(list.body.items.map((unit: { id: string }) => unit.id).sort()).toEqual(
      spots
        .filter((unit) => unit.region_code === '04')
        .map((unit) => unit.id)
        .sort(),
    );

    // An agent who covers no region today still has their own workload, and no coverage or white spots.
    const uncovered = (await clientB.get('/api/v1/dashboards/agent').expect(200)).body;
    expect(uncovered.openRequests.total).toBe(1);
    expect(uncovered.followUps.overdue).toBe(1);
    expect(uncovered.coverage).toMatchObject({
      activeUnits: 0,
      reachedUnits: 0,
      coverage: null,
      regions: [],
    });
    expect(uncovered.reachByTheme.map((theme: { themeCode: string }) => theme.themeCode)).toEqual(
      body.reachByTheme.map((theme: { themeCode: string }) => theme.themeCode),
    );
    expect(uncovered.reachByTheme.every((theme: { reachedUnits: number }) => theme.reachedUnits === 0)).toBe(
      true,
    );
    expect(uncovered.whiteSpots).toMatchObject({ total: 0, top: [] });

    // Scoping: agents see only their own; coordinators anybody's; ministry users no agent's.
    await clientB.get(`/api/v1/dashboards/agent?agentId=${agentA.id}`).expect(403);
    await clientA.get(`/api/v1/dashboards/agent?agentId=${agentA.id}`).expect(200);
    const forCoordinator = await coordinator.get(`/api/v1/dashboards/agent?agentId=${agentA.id}`).expect(200);
    expect(forCoordinator.body.openRequests).toEqual(body.openRequests);
    await ministry.get('/api/v1/dashboards/agent').expect(403);
    await coordinator
      .get(`/api/v1/dashboards/agent?agentId=${(await accounts.user('ministry')).id}`)
      .expect(404);
  });

  it("reads an agent's workload through the app's pool of statements planned once", async () => {
    expect(testApp.dataSource).toBeInstanceOf(AppDataSource);
    await clientA.get('/api/v1/dashboards/agent').expect(200);
    const pool = (testApp.dataSource as AppDataSource).genericPlanPool;
    expect(pool?.totalCount).toBeGreaterThan(0);
    const setting = await pool?.query<{ mode: string }>("SELECT current_setting('plan_cache_mode') AS mode");
    expect(setting?.rows[0].mode).toBe('force_generic_plan');
  });

  it('reflects a new activity at once (live queries, no rollups)', async () => {
    const before = await clientA.get('/api/v1/dashboards/agent').expect(200);
    const white = before.body.whiteSpots.top[0] as { id: string };
    await clientA
      .post('/api/v1/activities', {
        date: today,
        type: 'advice_call',
        durationMinutes: 30,
        unitIds: [white.id],
        themeCodes: ['market_dialogue'],
      })
      .expect(201);
    const after = await clientA.get('/api/v1/dashboards/agent').expect(200);
    expect(after.body.whiteSpots.total).toBe(before.body.whiteSpots.total - 1);
    expect(after.body.coverage.reachedUnits).toBe(before.body.coverage.reachedUnits + 1);
    expect(after.body.hours.logged).toBe(before.body.hours.logged + 0.5);
    records = await readRecords(testApp.dataSource);
  });

  it("gives coordinators each agent's load and the unassigned queue", async () => {
    const response = await coordinator.get('/api/v1/dashboards/coordinators').expect(200);
    const byId = new Map(
      (response.body.agents as { userId: string }[]).map((agent) => [agent.userId, agent]),
    );
    expect(byId.get(agentA.id)).toMatchObject({
      regionCodes: ['04', '05'],
      openRequests: 3,
      atRisk: 1,
      breached: 1,
      overdueFollowUps: 1,
      capacityHours: 40,
    });
    expect(byId.get(agentB.id)).toMatchObject({ regionCodes: [], openRequests: 1, overdueFollowUps: 1 });
    expect(byId.get(agentC.id)).toMatchObject({ regionCodes: ['06'], openRequests: 0 });
    expect(response.body.regionsWithoutAgent).toHaveLength(16);
    expect(response.body.regionsWithoutAgent).not.toContain('04');
    expect(response.body.queue).toMatchObject({ total: 1, breached: 1, atRisk: 0 });
    expect(response.body.queue.items[0]).toMatchObject({
      unitName: 'Jokin kuntayhtymä',
      regionCode: '05',
      slaState: 'breached',
    });
    await ministry.get('/api/v1/dashboards/coordinators').expect(403);
    await clientA.get('/api/v1/dashboards/coordinators').expect(403);
  });

  it('downloads the national figures as CSV and XLSX, the same as the JSON', async () => {
    const json = (
      await ministry.get(`/api/v1/dashboards/national?from=${period.from}&to=${period.to}`).expect(200)
    ).body as NationalBody;
    const csv = await ministry
      .get(`/api/v1/dashboards/national/export?format=csv&from=${period.from}&to=${period.to}`)
      .expect(200)
      .expect('Content-Type', /text\/csv/);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(1 + 19 + 1);
    expect(lines[0].split(';')[0]).toBe('Koodi');
    const row06 = lines.find((line) => line.startsWith('06;'))?.split(';') ?? [];
    const region06 = json.regions.find((region) => region.code === '06');
    expect(row06[1]).toBe('Pirkanmaa');
    expect(row06.slice(2, 6)).toEqual([
      '1',
      String(region06?.activeUnits),
      String(region06?.reachedUnits),
      '66,7',
    ]);
    expect(row06[8]).toBe('1,6');
    expect(lines[20].split(';').slice(1, 5)).toEqual([
      'Koko maa',
      '',
      String(json.totals.activeUnits),
      String(json.totals.reachedUnits),
    ]);

    const xlsx = await ministry
      .get(`/api/v1/dashboards/national/export?format=xlsx&from=${period.from}&to=${period.to}`)
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as Buffer);
    const sheet = workbook.worksheets[0];
    const sheetRows: unknown[][] = [];
    sheet.eachRow((row) => sheetRows.push((row.values as unknown[]).slice(1)));
    expect(sheetRows).toHaveLength(1 + 19 + 1);
    const region06Row = sheetRows.find((values) => values[0] === '06') ?? [];
    expect(region06Row.slice(0, 6)).toEqual([
      '06',
      'Pirkanmaa',
      true,
      region06?.activeUnits,
      region06?.reachedUnits,
      66.7,
    ]);

    await ministry.get('/api/v1/dashboards/national/export?format=pdf').expect(400);
  });

  it('refuses bad periods with field errors', async () => {
    const reversed = await ministry
      .get('/api/v1/dashboards/national?from=2026-05-01&to=2026-04-30')
      .expect(400);
    expect(reversed.body.errors).toEqual([expect.objectContaining({ field: 'to', code: 'notBeforeFrom' })]);
    const tooLong = await ministry
      .get('/api/v1/dashboards/national?from=2000-01-01&to=2026-01-01')
      .expect(400);
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ field: 'to', code: 'periodTooLong' })]);
    const invalid = await ministry.get('/api/v1/dashboards/national?from=2026-02-30').expect(400);
    expect(invalid.body.errors).toEqual([expect.objectContaining({ field: 'from' })]);
    await ministry.get('/api/v1/dashboards/regions/1').expect(400);
    const unit = await signIn(testApp.app, (await accounts.user('unit', { unitId: units.big04.id })).email);
    await unit.get('/api/v1/dashboards/national').expect(403);
  });
});
