import type { AgentDashboardDto } from '../core/api/generated/models/agent-dashboard-dto';
import type { AgentRegionCoverageDto } from '../core/api/generated/models/agent-region-coverage-dto';
import type { WhiteSpotDto } from '../core/api/generated/models/white-spot-dto';
import { formatCalendarDate } from '../core/i18n/date-format';
import type { Language } from '../core/i18n/language';
import {
  type ListLink,
  type Period,
  type WorkloadOwner,
  activitiesLink,
  ageLink,
  coverageLink,
  followUpsLink,
  openRequestsLink,
  slaLink,
  statusLink,
  unitLink,
  whiteSpotsLink,
} from './workload-links';
import {
  barWidth,
  formatCount,
  formatEuros,
  formatHours,
  formatMonth,
  formatPercent,
} from './workload-format';

/** How the figures are shown: in which language and locale, and whose they are. */
export interface WorkloadContext {
  language: Language;
  locale: string;
  owner: WorkloadOwner;
}

/** A number with its name (a translation key) and the list it comes from. */
export interface Figure {
  key: string;
  labelKey: string;
  count: number;
  value: string;
  link: ListLink;
}

export interface OpenRequestsView {
  total: Figure;
  byStatus: readonly Figure[];
  byAge: readonly Figure[];
}

export type SlaClock = 'firstResponse' | 'resolution';

export interface ClockRow {
  clock: SlaClock;
  atRisk: string;
  breached: string;
}

export interface ServiceLevelsView {
  atRisk: Figure;
  breached: Figure;
  clocks: readonly ClockRow[];
}

export interface HoursView {
  /** The month by name ("marraskuu 2026"). */
  month: string;
  logged: string;
  capacity: string;
  /** Logged hours as a whole percentage of the capacity; "–" without a capacity. */
  percent: string;
  /** 0–100. */
  bar: number;
  /** Hours beyond the capacity, when there are any. */
  overBy: string | null;
  link: ListLink;
}

export interface CoverageRow {
  /** The region's code; null for all the agent's regions together. */
  code: string | null;
  name: string;
  percent: string;
  bar: number;
  reached: string;
  active: string;
  notReached: string;
  /** The units behind the counts; null where the units list cannot show them (several regions). */
  reachedLink: ListLink | null;
  notReachedLink: ListLink | null;
}

export interface CoverageView {
  from: string;
  to: string;
  overall: CoverageRow;
  regions: readonly CoverageRow[];
}

export interface ThemeRow {
  code: string;
  label: string;
  count: string;
  /** Reached units as a share of the active units of the agent's regions. */
  percent: string;
  bar: number;
}

export interface ThemeReachView {
  activeUnits: string;
  rows: readonly ThemeRow[];
}

export interface WhiteSpotRow {
  id: string;
  name: string;
  link: ListLink;
  region: string;
  /** The estimated annual spend in euros; null when not estimated. */
  spend: string | null;
  /** When last reached; null: never. */
  lastReached: string | null;
}

export interface WhiteSpotLink {
  code: string;
  region: string;
  link: ListLink;
}

export interface WhiteSpotsView {
  since: string;
  total: number;
  totalText: string;
  rows: readonly WhiteSpotRow[];
  /** The region of each unit is shown when the agent has several. */
  isRegionShown: boolean;
  /** All white spots of each region, in the units list. */
  regionLinks: readonly WhiteSpotLink[];
}

export interface WorkloadView {
  displayName: string;
  today: string;
  openRequests: OpenRequestsView;
  serviceLevels: ServiceLevelsView;
  followUps: readonly Figure[];
  hours: HoursView;
  coverage: CoverageView;
  themeReach: ThemeReachView;
  whiteSpots: WhiteSpotsView;
}

function figure(key: string, labelKey: string, count: number, link: ListLink, locale: string): Figure {
  return { key, labelKey, count, value: formatCount(count, locale), link };
}

function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export function openRequestsView(dashboard: AgentDashboardDto, context: WorkloadContext): OpenRequestsView {
  const { agentUserId } = context.owner;
  const { openRequests } = dashboard;
  return {
    total: figure(
      'total',
      'workload.openRequests.total',
      openRequests.total,
      openRequestsLink(agentUserId),
      context.locale,
    ),
    byStatus: openRequests.byStatus.map((row) =>
      figure(
        row.status,
        `workload.status.${row.status}`,
        row.count,
        statusLink(agentUserId, row.status),
        context.locale,
      ),
    ),
    byAge: openRequests.byAge.map((row) =>
      figure(
        row.bucket,
        `workload.openRequests.age.${row.bucket}`,
        row.count,
        ageLink(agentUserId, row),
        context.locale,
      ),
    ),
  };
}

export function serviceLevelsView(dashboard: AgentDashboardDto, context: WorkloadContext): ServiceLevelsView {
  const { agentUserId } = context.owner;
  const { sla } = dashboard;
  const clocks: readonly SlaClock[] = ['firstResponse', 'resolution'];
  return {
    atRisk: figure(
      'atRisk',
      'workload.serviceLevels.atRisk',
      sla.atRisk,
      slaLink(agentUserId, 'atRisk'),
      context.locale,
    ),
    breached: figure(
      'breached',
      'workload.serviceLevels.breached',
      sla.breached,
      slaLink(agentUserId, 'breached'),
      context.locale,
    ),
    clocks: clocks.map((clock) => ({
      clock,
      atRisk: formatCount(sla[clock].atRisk, context.locale),
      breached: formatCount(sla[clock].breached, context.locale),
    })),
  };
}

export function followUpsView(dashboard: AgentDashboardDto, context: WorkloadContext): readonly Figure[] {
  const link = followUpsLink(context.owner);
  const { followUps } = dashboard;
  return [
    figure('overdue', 'workload.followUps.overdue', followUps.overdue, link, context.locale),
    figure('dueToday', 'workload.followUps.dueToday', followUps.dueToday, link, context.locale),
    figure(
      'dueLaterThisWeek',
      'workload.followUps.dueLaterThisWeek',
      followUps.dueLaterThisWeek,
      link,
      context.locale,
    ),
  ];
}

export function hoursView(dashboard: AgentDashboardDto, context: WorkloadContext): HoursView {
  const { hours } = dashboard;
  const logged = share(hours.logged, hours.capacity);
  const overBy = hours.logged - hours.capacity;
  return {
    month: formatMonth(hours.month, context.locale),
    logged: formatHours(hours.logged, context.locale),
    capacity: formatHours(hours.capacity, context.locale),
    percent: formatPercent(logged, context.locale),
    bar: barWidth(logged),
    // Rounded as shown, so that 48.04 of 48 hours is not "over by 0".
    overBy: hours.capacity > 0 && Math.round(overBy * 10) > 0 ? formatHours(overBy, context.locale) : null,
    link: activitiesLink(context.owner, hours.month),
  };
}

function coverageRow(
  region: Pick<AgentRegionCoverageDto, 'activeUnits' | 'reachedUnits'>,
  code: string | null,
  name: string,
  period: Period,
  locale: string,
): CoverageRow {
  const reached = share(region.reachedUnits, region.activeUnits);
  return {
    code,
    name,
    percent: formatPercent(reached, locale),
    bar: barWidth(reached),
    reached: formatCount(region.reachedUnits, locale),
    active: formatCount(region.activeUnits, locale),
    notReached: formatCount(region.activeUnits - region.reachedUnits, locale),
    reachedLink: code === null ? null : coverageLink(code, true, period),
    notReachedLink: code === null ? null : coverageLink(code, false, period),
  };
}

export function coverageView(dashboard: AgentDashboardDto, context: WorkloadContext): CoverageView {
  const { coverage } = dashboard;
  const period: Period = { from: coverage.from, to: coverage.to };
  const regions = coverage.regions.map((region) =>
    coverageRow(region, region.code, region.names[context.language], period, context.locale),
  );
  return {
    from: formatCalendarDate(coverage.from, context.locale),
    to: formatCalendarDate(coverage.to, context.locale),
    // The units list shows one region at a time: the regions together link nowhere.
    overall: coverageRow(coverage, null, '', period, context.locale),
    regions,
  };
}

export function themeReachView(dashboard: AgentDashboardDto, context: WorkloadContext): ThemeReachView {
  const activeUnits = dashboard.coverage.activeUnits;
  // Most reached first; equal ones by name in the interface language.
  const themes = [...dashboard.reachByTheme].sort(
    (first, second) =>
      second.reachedUnits - first.reachedUnits ||
      first.labels[context.language].localeCompare(second.labels[context.language], context.language),
  );
  return {
    activeUnits: formatCount(activeUnits, context.locale),
    rows: themes.map((theme) => {
      const reached = share(theme.reachedUnits, activeUnits);
      return {
        code: theme.themeCode,
        label: theme.labels[context.language],
        count: formatCount(theme.reachedUnits, context.locale),
        percent: formatPercent(reached, context.locale),
        bar: barWidth(reached),
      };
    }),
  };
}

/** A unit's name in the interface language: the Swedish one when the interface is Swedish and it has one. */
export function unitName(unit: Pick<WhiteSpotDto, 'nameFi' | 'nameSv'>, language: Language): string {
  return language === 'sv' && unit.nameSv ? unit.nameSv : unit.nameFi;
}

export function whiteSpotsView(dashboard: AgentDashboardDto, context: WorkloadContext): WhiteSpotsView {
  const { whiteSpots, coverage } = dashboard;
  const regionName = (code: string): string =>
    coverage.regions.find((region) => region.code === code)?.names[context.language] ?? code;
  return {
    since: formatCalendarDate(whiteSpots.since, context.locale),
    total: whiteSpots.total,
    totalText: formatCount(whiteSpots.total, context.locale),
    rows: whiteSpots.top.map((spot) => ({
      id: spot.id,
      name: unitName(spot, context.language),
      link: unitLink(spot.id),
      region: regionName(spot.regionCode),
      spend:
        spot.estimatedAnnualSpend === null ? null : formatEuros(spot.estimatedAnnualSpend, context.locale),
      lastReached: spot.lastReachedOn ? formatCalendarDate(spot.lastReachedOn, context.locale) : null,
    })),
    isRegionShown: coverage.regions.length > 1,
    regionLinks:
      whiteSpots.total === 0
        ? []
        : coverage.regions.map((region) => ({
            code: region.code,
            region: region.names[context.language],
            link: whiteSpotsLink(region.code, whiteSpots),
          })),
  };
}

/** Everything the page shows of an agent's dashboard, formatted for the language and linked. */
export function workloadView(dashboard: AgentDashboardDto, context: WorkloadContext): WorkloadView {
  return {
    displayName: dashboard.displayName,
    today: formatCalendarDate(dashboard.today, context.locale),
    openRequests: openRequestsView(dashboard, context),
    serviceLevels: serviceLevelsView(dashboard, context),
    followUps: followUpsView(dashboard, context),
    hours: hoursView(dashboard, context),
    coverage: coverageView(dashboard, context),
    themeReach: themeReachView(dashboard, context),
    whiteSpots: whiteSpotsView(dashboard, context),
  };
}
