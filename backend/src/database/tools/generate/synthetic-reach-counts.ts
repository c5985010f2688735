import { type CountedPeriod, calendarPeriodsOf } from '../../../dashboards/counted-period';
import { UNIT_TYPES } from '../../../units/unit-types';
import type { CopyValue } from './copy-writer';
import type { SyntheticNetwork } from './synthetic-network';

/** Units reached on a theme ('' for any theme): keys `unit × months + month`, as SyntheticAggregates keeps them. */
export interface ReachedMonths {
  readonly themeCode: string;
  readonly keys: Iterable<number>;
}

/** The month, quarter and year of each month (by index), as indices into one list of periods. */
function periodsOfMonths(monthStarts: readonly string[]): {
  periods: CountedPeriod[];
  byMonth: { month: number; quarter: number; year: number }[];
} {
  const periods: CountedPeriod[] = [];
  const indexOf = new Map<string, number>();
  const index = ({ kind, start }: CountedPeriod): number => {
    const key = `${kind} ${start}`;
    let found = indexOf.get(key);
    if (found === undefined) {
      found = periods.push({ kind, start }) - 1;
      indexOf.set(key, found);
    }
    return found;
  };
  const byMonth = monthStarts.map((start) => {
    const [month, quarter, year] = calendarPeriodsOf(start);
    return { month: index(month), quarter: index(quarter), year: index(year) };
  });
  return { periods, byMonth };
}

/**
 * The rows of reach_counts (migrations ReachCounts, DashboardRollups): per calendar month, quarter and year,
 * theme and region, the active units with a reached month in the period, over all unit types (unit_type '') and,
 * for any theme, also per unit type. The same rows as `rebuild_reach_counts()` gives, which takes minutes over
 * the EU-scale reach months.
 */
export function* reachCountRows(
  network: SyntheticNetwork,
  monthStarts: readonly string[],
  reached: readonly ReachedMonths[],
): Generator<CopyValue[]> {
  const months = monthStarts.length;
  const regions = network.regions.length;
  // Cells per region: one per unit type, then the one over all types.
  const types = UNIT_TYPES.length + 1;
  const allTypes = UNIT_TYPES.length;
  const typeIndex = network.units.map((unit) => UNIT_TYPES.indexOf(unit.type));
  const { periods, byMonth } = periodsOfMonths(monthStarts);
  for (const { themeCode, keys } of reached) {
    const flags = new Uint8Array(network.units.length * months);
    for (const key of keys) {
      flags[key] = 1;
    }
    const counts = new Map<number, number>();
    const add = (cell: number): void => {
      counts.set(cell, (counts.get(cell) ?? 0) + 1);
    };
    const count = (period: number, unit: number): void => {
      const region = (period * regions + network.units[unit].regionIndex) * types;
      add(region + allTypes);
      if (themeCode === '') {
        add(region + typeIndex[unit]);
      }
    };
    for (let unit = 0; unit < network.units.length; unit++) {
      if (!network.units[unit].isActive) {
        continue;
      }
      // Months are in order, so the months of one quarter or year follow each other.
      let lastQuarter = -1;
      let lastYear = -1;
      for (let month = 0; month < months; month++) {
        if (flags[unit * months + month] === 0) {
          continue;
        }
        const { month: monthPeriod, quarter, year } = byMonth[month];
        count(monthPeriod, unit);
        if (quarter !== lastQuarter) {
          count(quarter, unit);
          lastQuarter = quarter;
        }
        if (year !== lastYear) {
          count(year, unit);
          lastYear = year;
        }
      }
    }
    for (const [cell, units] of counts) {
      const type = cell % types;
      const region = Math.floor(cell / types) % regions;
      const period = periods[Math.floor(cell / types / regions)];
      yield [
        period.kind,
        period.start,
        themeCode,
        network.regions[region].code,
        type === allTypes ? '' : UNIT_TYPES[type],
        units,
      ];
    }
  }
}

/** The rows of active_unit_counts: active units per region and unit type. */
export function* activeUnitCountRows(network: SyntheticNetwork): Generator<CopyValue[]> {
  const counts = new Map<string, number>();
  for (const unit of network.units) {
    if (unit.isActive) {
      const key = `${network.regions[unit.regionIndex].code} ${unit.type}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  for (const [key, units] of counts) {
    const [regionCode, type] = key.split(' ');
    yield [regionCode, type, units];
  }
}
