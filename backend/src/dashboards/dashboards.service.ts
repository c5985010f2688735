import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ForbiddenError } from '../common/auth/auth-errors';
import type { Principal } from '../common/auth/principal';
import { RecordNotFoundError } from '../common/errors/domain-error';
import type { Language } from '../common/i18n/language';
import { addDays, startOfMonth } from '../common/time/calendar-dates';
import { helsinkiDate } from '../common/time/helsinki-date';
import { OPEN_STATUSES } from '../requests/request-workflow';
import { AGE_BUCKET_DAYS, agentDashboardParts, agentDashboardPeriods } from './agent-dashboard.queries';
import { agentWorkloads, regionsWithoutAgent, unassignedQueue } from './coordinator-dashboard.queries';
import { type ReachPeriod, reachPeriod } from './counted-period';
import { previousPeriod, resolvePeriod } from './dashboard-period';
import { type AgentDashboardDto, REQUEST_AGE_BUCKETS } from './dto/agent-dashboard.dto';
import type { CoordinatorDashboardDto } from './dto/coordinator-dashboard.dto';
import type { PeriodFiguresDto } from './dto/dashboard-figures.dto';
import type { NationalDashboardDto, RegionDashboardDto } from './dto/national-dashboard.dto';
import type { NationalExportRow } from './national-export-columns';
import {
  NATION,
  type Period,
  monthlyTrend,
  periodFigures,
  periodTotals,
  reachByTheme,
  reachByUnitType,
} from './period-figures.queries';
import { regionAgentHistory, regionRoster, regionsWithAgentOn } from './region-agents.queries';
import { RegionsService } from '../regions/regions.service';

const EMPTY_FIGURES: PeriodFiguresDto = {
  activeUnits: 0,
  reachedUnits: 0,
  coverage: null,
  requestsReceived: 0,
  requestsResolved: 0,
  hours: 0,
  medianFirstResponseBusinessDays: null,
  slaMet: 0,
  slaCompliance: null,
};

/**
 * The dashboards (SPEC §4): live figures, computed by PostgreSQL on every call, so that a new activity or
 * request shows at once. The parts of a dashboard are independent statements run side by side on the pool.
 */
@Injectable()
export class DashboardsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly regions: RegionsService,
  ) {}

  /** An agent's workload: their own, or any agent's for a coordinator. */
  async agent(principal: Principal, agentId: string | undefined): Promise<AgentDashboardDto> {
    const agentUserId = agentId ?? principal.userId;
    if (principal.role !== 'coordinator' && agentUserId !== principal.userId) {
      throw new ForbiddenError("Only coordinators see another agent's dashboard.");
    }
    const periods = await agentDashboardPeriods(this.db, helsinkiDate());
    const { today, year } = periods;
    const parts = await agentDashboardParts(this.db, agentUserId, periods);
    if (!parts) {
      throw new RecordNotFoundError('agent', agentUserId);
    }
    const { hours, requests, followUps, regions, themes, whiteSpots: spots } = parts;
    const activeUnits = regions.reduce((sum, region) => sum + region.activeUnits, 0);
    const reachedUnits = regions.reduce((sum, region) => sum + region.reachedUnits, 0);
    const count = (match: (cell: { status: string; bucket: string }) => boolean): number =>
      requests.cells.filter(match).reduce((sum, cell) => sum + cell.count, 0);
    return {
      agentUserId,
      displayName: hours.displayName,
      today,
      openRequests: {
        total: count(() => true),
        byStatus: OPEN_STATUSES.map((status) => ({ status, count: count((cell) => cell.status === status) })),
        byAge: REQUEST_AGE_BUCKETS.map((bucket, index) => {
          const next = REQUEST_AGE_BUCKETS[index + 1];
          return {
            bucket,
            submittedFrom: next ? addDays(today, -(AGE_BUCKET_DAYS[next] - 1)) : null,
            submittedTo: index === 0 ? null : addDays(today, -AGE_BUCKET_DAYS[bucket]),
            count: count((cell) => cell.bucket === bucket),
          };
        }),
      },
      sla: requests.sla,
      followUps,
      hours: { month: today.slice(0, 7), logged: hours.logged, capacity: hours.capacity },
      coverage: {
        from: year.from,
        to: year.to,
        activeUnits,
        reachedUnits,
        coverage: activeUnits === 0 ? null : reachedUnits / activeUnits,
        regions,
      },
      reachByTheme: themes,
      whiteSpots: spots,
    };
  }

  /** National coverage; who each region's agent is only for coordinators. */
  async national(principal: Principal, query: { from?: string; to?: string }): Promise<NationalDashboardDto> {
    const today = helsinkiDate();
    const [period, previous] = await this.reachPeriods(resolvePeriod(query, today));
    const agentDay = period.to < today ? period.to : today;
    const [figures, previousFigures, byUnitType, byTheme, trend, regions, previousRegionsWithAgent] =
      await Promise.all([
        periodFigures(this.db, period, null),
        periodTotals(this.db, previous, null),
        reachByUnitType(this.db, period, null),
        reachByTheme(this.db, period, null),
        monthlyTrend(this.db, period, null),
        regionRoster(this.db, agentDay),
        regionsWithAgentOn(this.db, previous.to),
      ]);
    const withNames = principal.role === 'coordinator';
    return {
      period: { from: period.from, to: period.to },
      previousPeriod: { from: previous.from, to: previous.to },
      totals: {
        ...(figures.get(NATION) ?? EMPTY_FIGURES),
        regionsWithAgent: regions.filter((region) => region.agent !== null).length,
        regionCount: regions.length,
      },
      previousTotals: {
        ...previousFigures,
        regionsWithAgent: previousRegionsWithAgent,
        regionCount: regions.length,
      },
      regions: regions.map(({ code, names, agent }) => ({
        code,
        names,
        hasAgent: agent !== null,
        ...(withNames ? { agent } : {}),
        ...(figures.get(code) ?? EMPTY_FIGURES),
      })),
      byUnitType,
      byTheme,
      trend,
    };
  }

  /** One region's figures over the period, month by month, and its agents' history. */
  async region(
    principal: Principal,
    code: string,
    query: { from?: string; to?: string },
  ): Promise<RegionDashboardDto> {
    const { names } = await this.regions.get(code);
    const [period, previous] = await this.reachPeriods(resolvePeriod(query, helsinkiDate()));
    const [figures, previousFigures, byUnitType, byTheme, trend, agents] = await Promise.all([
      periodFigures(this.db, period, [code]),
      periodTotals(this.db, previous, [code]),
      reachByUnitType(this.db, period, [code]),
      reachByTheme(this.db, period, [code]),
      monthlyTrend(this.db, period, [code]),
      regionAgentHistory(this.db, code, principal.role === 'coordinator'),
    ]);
    return {
      code,
      names,
      period: { from: period.from, to: period.to },
      previousPeriod: { from: previous.from, to: previous.to },
      totals: figures.get(code) ?? EMPTY_FIGURES,
      previousTotals: previousFigures,
      byUnitType,
      byTheme,
      trend,
      agents,
    };
  }

  /** The rows of the national download: every region, then the nation. */
  async nationalExportRows(
    principal: Principal,
    query: { from?: string; to?: string },
    language: Language,
  ): Promise<NationalExportRow[]> {
    const dashboard = await this.national(principal, query);
    const nationName = { fi: 'Koko maa', sv: 'Hela landet', en: 'Whole country' }[language];
    return [
      ...dashboard.regions.map(({ code, names, hasAgent, agent: _agent, ...figures }) => ({
        code,
        name: names[language],
        hasAgent,
        figures,
      })),
      { code: '', name: nationName, hasAgent: null, figures: dashboard.totals },
    ];
  }

  /** Workload per agent and the unassigned queue. */
  async coordinators(): Promise<CoordinatorDashboardDto> {
    const today = helsinkiDate();
    const [agents, withoutAgent, queue] = await Promise.all([
      agentWorkloads(this.db, today, { from: startOfMonth(today), to: today }),
      regionsWithoutAgent(this.db, today),
      unassignedQueue(this.db),
    ]);
    return { today, month: today.slice(0, 7), agents, regionsWithoutAgent: withoutAgent, queue };
  }

  /** The period and the one before it, each with the calendar period whose reach counts it can read. */
  private reachPeriods(period: Period): Promise<[ReachPeriod, ReachPeriod]> {
    return Promise.all([reachPeriod(this.db, period), reachPeriod(this.db, previousPeriod(period))]);
  }
}
