import type { Language } from '../core/i18n/language';
import { AGENT_ID, OTHER_UNIT_ID, UNIT_ID, dashboardFixture } from './testing/workload-testing';
import { formatEuros, formatHours, formatMonth, formatPercent } from './workload-format';
import { type WorkloadContext, workloadView } from './workload-view';

// Intl separates groups and units with no-break spaces; the tests compare with ordinary ones.
const plain = (value: string | null): string | null => value?.replace(/\s/g, ' ') ?? null;

function context(language: Language = 'fi', isOwn = true): WorkloadContext {
  return { language, locale: language, owner: { agentUserId: AGENT_ID, isOwn } };
}

describe('workload formats', () => {
  it.each([
    ['fi', '33,8', '87 %', '1 250 000 €', 'marraskuu 2026'],
    ['sv', '33,8', '87 %', '1 250 000 €', 'november 2026'],
    ['en', '33.8', '87%', '€1,250,000', 'November 2026'],
  ])('formats hours, shares, euros and months in %s', (locale, hours, percent, euros, month) => {
    expect(formatHours(33.8, locale)).toBe(hours);
    expect(plain(formatPercent(39 / 45, locale))).toBe(percent);
    expect(plain(formatEuros(1250000, locale))).toBe(euros);
    expect(formatMonth('2026-11', locale)).toBe(month);
  });

  it('shows no share as a dash', () => {
    expect(formatPercent(null, 'fi')).toBe('–');
  });
});

describe('workloadView', () => {
  it('counts open requests in total, by status and by age, each with the list behind it', () => {
    const view = workloadView(dashboardFixture(), context()).openRequests;

    expect(view.total).toMatchObject({ value: '5', labelKey: 'workload.openRequests.total' });
    expect(view.total.link.queryParams).toEqual({ open: 'true', agentUserId: AGENT_ID });
    expect(view.byStatus.map((figure) => [figure.labelKey, figure.value])).toEqual([
      ['workload.status.new', '1'],
      ['workload.status.assigned', '0'],
      ['workload.status.in_progress', '3'],
      ['workload.status.waiting_for_unit', '1'],
    ]);
    expect(view.byStatus[2]?.link.queryParams).toEqual({ status: 'in_progress', agentUserId: AGENT_ID });
    expect(view.byAge.map((figure) => [figure.key, figure.value])).toEqual([
      ['underOneWeek', '2'],
      ['oneToFourWeeks', '1'],
      ['oneToThreeMonths', '0'],
      ['overThreeMonths', '2'],
    ]);
    expect(view.byAge[3]?.link.queryParams).toEqual({
      open: 'true',
      agentUserId: AGENT_ID,
      createdTo: '2026-08-24',
    });
  });

  it('links service levels overall and counts them per clock', () => {
    const view = workloadView(dashboardFixture(), context()).serviceLevels;

    expect([view.atRisk.value, view.breached.value]).toEqual(['1', '2']);
    expect(view.breached.link.queryParams).toEqual({ slaState: 'breached', agentUserId: AGENT_ID });
    expect(view.clocks).toEqual([
      { clock: 'firstResponse', atRisk: '0', breached: '1' },
      { clock: 'resolution', atRisk: '1', breached: '2' },
    ]);
  });

  it.each([
    [true, {}],
    [false, { assignee: AGENT_ID }],
  ])('links every follow-up figure to the agent’s follow-ups (own: %s)', (isOwn, queryParams) => {
    const figures = workloadView(dashboardFixture(), context('fi', isOwn)).followUps;

    expect(figures.map((figure) => [figure.key, figure.value])).toEqual([
      ['overdue', '4'],
      ['dueToday', '1'],
      ['dueLaterThisWeek', '0'],
    ]);
    expect(
      figures.every((figure) => JSON.stringify(figure.link.queryParams) === JSON.stringify(queryParams)),
    ).toBe(true);
  });

  it('shows the hours against the capacity, and the month’s log', () => {
    const view = workloadView(dashboardFixture(), context()).hours;

    expect({ ...view, percent: plain(view.percent) }).toEqual({
      month: 'marraskuu 2026',
      logged: '33,8',
      capacity: '48',
      percent: '70 %',
      bar: 70,
      overBy: null,
      link: { path: '/activities', queryParams: { from: '2026-11-01', to: '2026-11-30' } },
    });
  });

  it.each([
    [59.8, 20, '39,8', 100],
    [48.04, 48, null, 100],
    [10, 0, null, 0],
  ])('says by how much %s hours exceed a capacity of %s', (logged, capacity, overBy, bar) => {
    const view = workloadView(
      dashboardFixture({ hours: { month: '2026-11', logged, capacity } }),
      context(),
    ).hours;

    expect(view.overBy).toBe(overBy);
    expect(view.bar).toBe(bar);
  });

  it('shows the coverage of one region, its counts linking to the units list', () => {
    const view = workloadView(dashboardFixture(), context('sv')).coverage;

    expect([view.from, view.to]).toEqual(['1 jan. 2026', '22 nov. 2026']);
    expect(view.regions).toHaveLength(1);
    expect({ ...view.regions[0], percent: plain(view.regions[0]?.percent ?? '') }).toEqual({
      code: '01',
      name: 'Nyland',
      percent: '87 %',
      bar: 87,
      reached: '39',
      active: '45',
      notReached: '6',
      reachedLink: {
        path: '/units',
        queryParams: {
          regionCode: '01',
          isActive: 'true',
          reached: 'true',
          from: '2026-01-01',
          to: '2026-11-22',
        },
      },
      notReachedLink: {
        path: '/units',
        queryParams: {
          regionCode: '01',
          isActive: 'true',
          reached: 'false',
          from: '2026-01-01',
          to: '2026-11-22',
        },
      },
    });
    // The regions together cannot be shown in the units list, which takes one region.
    expect(view.overall.reachedLink).toBeNull();
  });

  it('shows no coverage share when the regions have no active units', () => {
    const dashboard = dashboardFixture();
    const view = workloadView(
      { ...dashboard, coverage: { ...dashboard.coverage, activeUnits: 0, reachedUnits: 0, coverage: null } },
      context(),
    ).coverage;

    expect(view.overall.percent).toBe('–');
    expect(view.overall.bar).toBe(0);
  });

  it('lists themes most reached first, named in the language, as a share of the active units', () => {
    const view = workloadView(dashboardFixture(), context('en')).themeReach;

    expect(view.activeUnits).toBe('45');
    expect(view.rows.map((row) => [row.label, row.count, row.percent, row.bar])).toEqual([
      ['Climate and low carbon', '30', '67%', 67],
      ['Circular economy', '12', '27%', 27],
    ]);
  });

  it.each([
    ['fi', 'Helsingin kaupunki', '1 250 000 €', '14.3.2025'],
    ['sv', 'Helsingfors stad', '1 250 000 €', '14 mars 2025'],
    ['en', 'Helsingin kaupunki', '€1,250,000', 'Mar 14, 2025'],
  ] as const)(
    'lists the white spots in %s, with all of them per region',
    (language, name, spend, lastReached) => {
      const view = workloadView(dashboardFixture(), context(language)).whiteSpots;

      expect(view.total).toBe(6);
      expect(view.rows.map((row) => [row.id, row.name, plain(row.spend), row.lastReached])).toEqual([
        [UNIT_ID, name, spend, lastReached],
        [OTHER_UNIT_ID, 'Sipoon kunta', null, null],
      ]);
      expect(view.rows[0]?.link.path).toBe(`/units/${UNIT_ID}`);
      expect(view.isRegionShown).toBe(false);
      expect(view.regionLinks).toEqual([
        {
          code: '01',
          region: language === 'sv' ? 'Nyland' : 'Uusimaa',
          link: {
            path: '/units',
            queryParams: {
              regionCode: '01',
              isActive: 'true',
              reached: 'false',
              from: '2025-11-23',
              to: '2026-11-22',
              sort: '-estimatedAnnualSpend',
            },
          },
        },
      ]);
    },
  );

  it('shows the region of each white spot and links every region when the agent has several', () => {
    const dashboard = dashboardFixture();
    const view = workloadView(
      {
        ...dashboard,
        coverage: {
          ...dashboard.coverage,
          regions: [
            ...dashboard.coverage.regions,
            {
              code: '02',
              names: { fi: 'Varsinais-Suomi', sv: 'Egentliga Finland', en: 'Southwest Finland' },
              activeUnits: 10,
              reachedUnits: 10,
            },
          ],
        },
      },
      context(),
    );

    expect(view.whiteSpots.isRegionShown).toBe(true);
    expect(view.whiteSpots.rows.map((row) => row.region)).toEqual(['Uusimaa', 'Uusimaa']);
    expect(view.whiteSpots.regionLinks.map((link) => [link.code, link.region])).toEqual([
      ['01', 'Uusimaa'],
      ['02', 'Varsinais-Suomi'],
    ]);
    expect(view.coverage.regions.map((region) => region.reachedLink?.queryParams['regionCode'])).toEqual([
      '01',
      '02',
    ]);
  });

  it('links no white spots when there are none', () => {
    const dashboard = dashboardFixture();
    const view = workloadView(
      { ...dashboard, whiteSpots: { ...dashboard.whiteSpots, total: 0, top: [] } },
      context(),
    ).whiteSpots;

    expect(view.rows).toEqual([]);
    expect(view.regionLinks).toEqual([]);
  });
});
