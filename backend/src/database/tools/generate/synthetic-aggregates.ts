import type { CopyValue } from './copy-writer';
import type { SyntheticCalendar } from './synthetic-calendar';
import type { SyntheticNetwork } from './synthetic-network';
import { reachCountRows } from './synthetic-reach-counts';

/** A day not reached and one reached, as characters of a bit string in COPY text. */
const ZERO = 0x30;
const ONE = 0x31;

/**
 * The dashboards' pre-aggregates (migration DashboardAggregates) collected while the records are generated,
 * so a bulk load does not have to recompute them from tens of millions of rows: reach days per unit and
 * month (and theme), the same as one bit string per unit (and theme), the reach counts, the activities per theme
 * and day, and the minutes of activities that reached a single region. Activities reaching several
 * regions are left to PostgreSQL (`refresh_activity_minutes`), which shares their minutes exactly as the
 * triggers do.
 */
export class SyntheticAggregates {
  private readonly reach = new Map<number, number>();
  /** One map per theme: a single Map holds at most 2^24 entries. */
  private readonly themeReach: Map<number, number>[];
  private readonly monthOfDay: Uint16Array;
  private readonly dayOfMonth: Uint8Array;
  private readonly monthStarts: string[] = [];
  /** Per month, the days from the first month's first day to its own; one more entry for the end of the last. */
  private readonly monthOffsets: number[] = [0];
  private readonly regionMonthMinutes: Float64Array;
  private readonly themeDayActivities: Int32Array;
  /** Per activity: its one region, or -1 (none, or several). */
  readonly activityRegion: Int32Array;
  private readonly activityDay: Uint16Array;
  private readonly activityMinutes: Uint16Array;
  readonly multiRegionActivities: number[] = [];
  /** The days of every unit and month, filled from one reach map at a time (`reachDays`). */
  private reachDaysOfMonths: Int32Array | null = null;

  constructor(
    private readonly network: SyntheticNetwork,
    private readonly calendar: SyntheticCalendar,
    activityCount: number,
    themeCount: number,
  ) {
    this.themeReach = Array.from({ length: themeCount }, () => new Map<number, number>());
    this.monthOfDay = new Uint16Array(calendar.days.length);
    this.dayOfMonth = new Uint8Array(calendar.days.length);
    for (const [index, day] of calendar.days.entries()) {
      const month = day.slice(0, 7);
      if (this.monthStarts.at(-1)?.slice(0, 7) !== month) {
        this.monthStarts.push(`${month}-01`);
        const [year, monthNumber] = month.split('-').map(Number);
        // Day 0 of the next month is this month's last day.
        const length = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
        this.monthOffsets.push(this.monthOffsets[this.monthOffsets.length - 1] + length);
      }
      this.monthOfDay[index] = this.monthStarts.length - 1;
      this.dayOfMonth[index] = Number(day.slice(8, 10));
    }
    this.regionMonthMinutes = new Float64Array(network.regions.length * this.monthStarts.length);
    this.themeDayActivities = new Int32Array(themeCount * calendar.days.length);
    this.activityRegion = new Int32Array(activityCount).fill(-1);
    this.activityDay = new Uint16Array(activityCount);
    this.activityMinutes = new Uint16Array(activityCount);
  }

  private key(unit: number, day: number): number {
    return unit * this.monthStarts.length + this.monthOfDay[day];
  }

  /** Unit `unit` was reached on day `day`, on the given themes (indices). */
  reached(unit: number, day: number, themes: readonly number[]): void {
    const bit = 1 << (this.dayOfMonth[day] - 1);
    const key = this.key(unit, day);
    this.reach.set(key, (this.reach.get(key) ?? 0) | bit);
    for (const theme of themes) {
      const map = this.themeReach[theme];
      map.set(key, (map.get(key) ?? 0) | bit);
    }
  }

  /** Activity `index` on `day`, of `minutes`, reaching `units`, on `themes` (indices). */
  activity(
    index: number,
    day: number,
    minutes: number,
    units: readonly number[],
    themes: readonly number[],
  ): void {
    for (const theme of themes) {
      this.themeDayActivities[theme * this.calendar.days.length + day]++;
    }
    const regions = new Set(units.map((unit) => this.network.units[unit].regionIndex));
    if (regions.size > 1) {
      this.multiRegionActivities.push(index);
      return;
    }
    if (regions.size === 0) {
      return;
    }
    const [region] = regions;
    this.activityRegion[index] = region;
    this.activityDay[index] = day;
    this.activityMinutes[index] = minutes;
    this.regionMonthMinutes[region * this.monthStarts.length + this.monthOfDay[day]] += minutes;
  }

  *unitReachMonths(unitId: (unit: number) => string): Generator<CopyValue[]> {
    const months = this.monthStarts.length;
    for (const [key, days] of this.reach) {
      yield [this.monthStarts[key % months], unitId(Math.floor(key / months)), days];
    }
  }

  *unitThemeReachMonths(unitId: (unit: number) => string, themes: readonly string[]): Generator<CopyValue[]> {
    const months = this.monthStarts.length;
    for (const [theme, map] of this.themeReach.entries()) {
      for (const [key, days] of map) {
        yield [this.monthStarts[key % months], themes[theme], unitId(Math.floor(key / months)), days];
      }
    }
  }

  /**
   * The rows of unit_reach_days (migration ReachDayMaps): per unit, its reach days from the first day of its first
   * reached month to the last day of its last one, as a bit string ('1' a day reached), with the unit's region,
   * type and state. The same rows as `rebuild_reach_days()` makes from the reach months, which took four minutes
   * at EU scale.
   */
  *unitReachDays(unitId: (unit: number) => string): Generator<CopyValue[]> {
    for (const [unit, firstDay, days] of this.reachDays(this.reach)) {
      const { regionIndex, type, isActive } = this.network.units[unit];
      yield [unitId(unit), this.network.regions[regionIndex].code, type, isActive, firstDay, days];
    }
  }

  /** The rows of unit_theme_reach_days: the same per unit and theme. */
  *unitThemeReachDays(unitId: (unit: number) => string, themes: readonly string[]): Generator<CopyValue[]> {
    for (const [theme, map] of this.themeReach.entries()) {
      for (const [unit, firstDay, days] of this.reachDays(map)) {
        const { regionIndex, isActive } = this.network.units[unit];
        yield [unitId(unit), themes[theme], this.network.regions[regionIndex].code, isActive, firstDay, days];
      }
    }
  }

  /** Per unit with reach months in `reach` (in unit order): the unit, the first day of its bits and the bits. */
  private *reachDays(reach: Map<number, number>): Generator<[number, string, string]> {
    const months = this.monthStarts.length;
    // Keys are unit × months + month, so each unit's months are a slice of one array.
    this.reachDaysOfMonths ??= new Int32Array(this.network.units.length * months);
    const daysOf = this.reachDaysOfMonths.fill(0);
    for (const [key, days] of reach) {
      daysOf[key] = days;
    }
    const text = Buffer.alloc(this.monthOffsets[months]);
    for (let unit = 0; unit < this.network.units.length; unit++) {
      const base = unit * months;
      let first = -1;
      let last = -1;
      for (let month = 0; month < months; month++) {
        if (daysOf[base + month] !== 0) {
          first = first < 0 ? month : first;
          last = month;
        }
      }
      if (first < 0) {
        continue;
      }
      const start = this.monthOffsets[first];
      const length = this.monthOffsets[last + 1] - start;
      text.fill(ZERO, 0, length);
      for (let month = first; month <= last; month++) {
        // Bit d − 1 of a month row is its day d.
        for (let bits = daysOf[base + month]; bits !== 0; bits &= bits - 1) {
          text[this.monthOffsets[month] - start + 31 - Math.clz32(bits & -bits)] = ONE;
        }
      }
      yield [unit, this.monthStarts[first], text.toString('latin1', 0, length)];
    }
  }

  /** The reach counts per calendar period (migration ReachCounts) of the reach months above. */
  reachCountRows(themes: readonly string[]): Generator<CopyValue[]> {
    return reachCountRows(this.network, this.monthStarts, [
      { themeCode: '', keys: this.reach.keys() },
      ...this.themeReach.map((map, theme) => ({ themeCode: themes[theme], keys: map.keys() })),
    ]);
  }

  *activityRegionMinutes(activityId: (activity: number) => string): Generator<CopyValue[]> {
    for (let index = 0; index < this.activityRegion.length; index++) {
      const region = this.activityRegion[index];
      if (region >= 0) {
        yield [
          activityId(index),
          this.network.regions[region].code,
          this.calendar.days[this.activityDay[index]],
          this.activityMinutes[index],
        ];
      }
    }
  }

  *themeDayActivityRows(themes: readonly string[]): Generator<CopyValue[]> {
    const days = this.calendar.days.length;
    for (let cell = 0; cell < this.themeDayActivities.length; cell++) {
      if (this.themeDayActivities[cell] > 0) {
        yield [
          this.calendar.days[cell % days],
          themes[Math.floor(cell / days)],
          this.themeDayActivities[cell],
        ];
      }
    }
  }

  *regionMonthMinuteRows(): Generator<CopyValue[]> {
    const months = this.monthStarts.length;
    for (let cell = 0; cell < this.regionMonthMinutes.length; cell++) {
      if (this.regionMonthMinutes[cell] > 0) {
        yield [
          this.monthStarts[cell % months],
          this.network.regions[Math.floor(cell / months)].code,
          this.regionMonthMinutes[cell],
        ];
      }
    }
  }
}

/** Column lists of the pre-aggregate tables, matching the streams above. */
export const AGGREGATE_COLUMNS = {
  unit_reach_months: ['month', 'unit_id', 'days'],
  unit_theme_reach_months: ['month', 'theme_code', 'unit_id', 'days'],
  activity_region_minutes: ['activity_id', 'region_code', 'activity_date', 'minutes'],
  region_month_minutes: ['month', 'region_code', 'minutes'],
  theme_day_activities: ['day', 'theme_code', 'activities'],
  reach_counts: ['period_kind', 'period_start', 'theme_code', 'region_code', 'unit_type', 'units'],
  active_unit_counts: ['region_code', 'unit_type', 'units'],
  unit_reach_days: ['unit_id', 'region_code', 'unit_type', 'is_active', 'first_day', 'days'],
  unit_theme_reach_days: ['unit_id', 'theme_code', 'region_code', 'is_active', 'first_day', 'days'],
} as const;
