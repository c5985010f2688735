import type { DataSource } from 'typeorm';
import { businessDaysBetween } from '../../src/service-levels/business-calendar';
import { helsinkiDate } from '../../src/common/time/helsinki-date';

// The dashboards' figures computed again, independently of their SQL: every record is read as it is and the
// definitions of SPEC §4 are applied in plain TypeScript, one record at a time.

interface UnitRecord {
  id: string;
  region_code: string;
  type: string;
  is_active: boolean;
}
interface ActivityRecord {
  id: string;
  agent_user_id: string;
  activity_date: string;
  duration_minutes: number;
  unit_ids: string[];
  theme_codes: string[];
}
interface RequestRecord {
  id: string;
  unit_id: string | null;
  region_code: string | null;
  submitted_at: Date;
  first_responded_at: Date | null;
  resolved_at: Date | null;
  first_response_due_at: Date;
  resolution_due_at: Date;
  theme_codes: string[];
}

export interface Records {
  units: UnitRecord[];
  activities: ActivityRecord[];
  requests: RequestRecord[];
  themeCodes: string[];
}

export async function readRecords(db: DataSource): Promise<Records> {
  const units = (await db.query('SELECT id, region_code, type, is_active FROM units')) as UnitRecord[];
  const activities = (await db.query(
    `SELECT a.id, a.agent_user_id, a.activity_date::text, a.duration_minutes,
            coalesce((SELECT array_agg(unit_id) FROM activity_units WHERE activity_id = a.id), '{}') AS unit_ids,
            coalesce((SELECT array_agg(theme_code) FROM activity_themes WHERE activity_id = a.id), '{}') AS theme_codes
     FROM activities a`,
  )) as ActivityRecord[];
  const requests = (await db.query(
    `SELECT r.id, r.unit_id, r.region_code, r.submitted_at, r.first_responded_at, r.resolved_at,
            r.first_response_due_at, r.resolution_due_at,
            coalesce((SELECT array_agg(theme_code) FROM support_request_themes WHERE request_id = r.id), '{}') AS theme_codes
     FROM support_requests r`,
  )) as RequestRecord[];
  const themes = (await db.query('SELECT code FROM themes ORDER BY sort_order')) as { code: string }[];
  return { units, activities, requests, themeCodes: themes.map((theme) => theme.code) };
}

export interface Period {
  from: string;
  to: string;
}

const inPeriod = (date: string, period: Period): boolean => date >= period.from && date <= period.to;
const instantIn = (at: Date | null, period: Period): boolean =>
  at !== null && inPeriod(helsinkiDate(at), period);
const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

function median(values: number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The ids of the units reached in the period: an activity, or a request resolved in it. */
export function reachedUnitIds(records: Records, period: Period, themeCode?: string): Set<string> {
  const reached = new Set<string>();
  for (const activity of records.activities) {
    if (
      inPeriod(activity.activity_date, period) &&
      (!themeCode || activity.theme_codes.includes(themeCode))
    ) {
      activity.unit_ids.forEach((id) => reached.add(id));
    }
  }
  for (const request of records.requests) {
    if (request.unit_id && instantIn(request.resolved_at, period)) {
      if (!themeCode || request.theme_codes.includes(themeCode)) {
        reached.add(request.unit_id);
      }
    }
  }
  return reached;
}

/** Minutes of the activities in the period attributed to `regions` (an activity's minutes shared equally among its units' regions). */
function minutesIn(records: Records, period: Period, regions: readonly string[] | null): number {
  const regionOf = new Map(records.units.map((unit) => [unit.id, unit.region_code]));
  let minutes = 0;
  for (const activity of records.activities) {
    if (!inPeriod(activity.activity_date, period)) {
      continue;
    }
    const activityRegions = new Set(activity.unit_ids.map((id) => regionOf.get(id) ?? ''));
    for (const region of activityRegions) {
      if (!regions || regions.includes(region)) {
        minutes += activity.duration_minutes / activityRegions.size;
      }
    }
  }
  return minutes;
}

export interface ExpectedFigures {
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

/** The figures of a period for some regions (null: the whole country). */
export function expectedFigures(
  records: Records,
  period: Period,
  regions: readonly string[] | null,
): ExpectedFigures {
  const inRegions = (region: string | null): boolean =>
    !regions || (region !== null && regions.includes(region));
  const active = records.units.filter((unit) => unit.is_active && inRegions(unit.region_code));
  const reached = reachedUnitIds(records, period);
  const reachedActive = active.filter((unit) => reached.has(unit.id)).length;
  const requests = records.requests.filter((request) => inRegions(request.region_code));
  const resolved = requests.filter((request) => instantIn(request.resolved_at, period));
  const slaMet = resolved.filter(
    (request) =>
      request.first_responded_at !== null &&
      request.resolved_at !== null &&
      request.first_responded_at <= request.first_response_due_at &&
      request.resolved_at <= request.resolution_due_at,
  ).length;
  const firstResponseDays = requests
    .filter((request) => instantIn(request.first_responded_at, period))
    .map((request) =>
      businessDaysBetween(
        helsinkiDate(request.submitted_at),
        helsinkiDate(request.first_responded_at as Date),
      ),
    );
  return {
    activeUnits: active.length,
    reachedUnits: reachedActive,
    coverage: active.length === 0 ? null : reachedActive / active.length,
    requestsReceived: requests.filter((request) => instantIn(request.submitted_at, period)).length,
    requestsResolved: resolved.length,
    hours: oneDecimal(minutesIn(records, period, regions) / 60),
    medianFirstResponseBusinessDays: median(firstResponseDays),
    slaMet,
    slaCompliance: resolved.length === 0 ? null : slaMet / resolved.length,
  };
}

export function expectedByUnitType(
  records: Records,
  period: Period,
  regions: readonly string[] | null,
): { type: string; activeUnits: number; reachedUnits: number }[] {
  const reached = reachedUnitIds(records, period);
  const byType = new Map<string, { type: string; activeUnits: number; reachedUnits: number }>();
  for (const unit of records.units) {
    if (!unit.is_active || (regions && !regions.includes(unit.region_code))) {
      continue;
    }
    const entry = byType.get(unit.type) ?? { type: unit.type, activeUnits: 0, reachedUnits: 0 };
    entry.activeUnits += 1;
    entry.reachedUnits += reached.has(unit.id) ? 1 : 0;
    byType.set(unit.type, entry);
  }
  return [...byType.values()].sort((a, b) => b.activeUnits - a.activeUnits || a.type.localeCompare(b.type));
}

export function expectedByTheme(
  records: Records,
  period: Period,
  regions: readonly string[] | null,
): { themeCode: string; reachedUnits: number; activities: number; requestsReceived: number }[] {
  const regionOf = new Map(records.units.map((unit) => [unit.id, unit.region_code]));
  const activeInRegions = new Set(
    records.units
      .filter((unit) => unit.is_active && (!regions || regions.includes(unit.region_code)))
      .map((unit) => unit.id),
  );
  return records.themeCodes.map((themeCode) => ({
    themeCode,
    reachedUnits: [...reachedUnitIds(records, period, themeCode)].filter((id) => activeInRegions.has(id))
      .length,
    activities: records.activities.filter(
      (activity) =>
        inPeriod(activity.activity_date, period) &&
        activity.theme_codes.includes(themeCode) &&
        (!regions || activity.unit_ids.some((id) => regions.includes(regionOf.get(id) ?? ''))),
    ).length,
    requestsReceived: records.requests.filter(
      (request) =>
        instantIn(request.submitted_at, period) &&
        request.theme_codes.includes(themeCode) &&
        (!regions || (request.region_code !== null && regions.includes(request.region_code))),
    ).length,
  }));
}

/** Month by month: each month of the period, cut to the period. */
export function expectedTrend(
  records: Records,
  period: Period,
  regions: readonly string[] | null,
): {
  month: string;
  reachedUnits: number;
  requestsReceived: number;
  requestsResolved: number;
  hours: number;
}[] {
  const months: {
    month: string;
    reachedUnits: number;
    requestsReceived: number;
    requestsResolved: number;
    hours: number;
  }[] = [];
  for (let month = period.from.slice(0, 7); month <= period.to.slice(0, 7);) {
    const [year, monthNumber] = month.split('-').map(Number);
    const lastDay = new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
    const slice = {
      from: `${month}-01` < period.from ? period.from : `${month}-01`,
      to: lastDay > period.to ? period.to : lastDay,
    };
    const figures = expectedFigures(records, slice, regions);
    months.push({
      month,
      reachedUnits: figures.reachedUnits,
      requestsReceived: figures.requestsReceived,
      requestsResolved: figures.requestsResolved,
      hours: figures.hours,
    });
    const next = new Date(Date.UTC(year, monthNumber, 1));
    month = next.toISOString().slice(0, 7);
  }
  return months;
}
