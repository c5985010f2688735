import type { SortDirection } from '@angular/material/sort';

/** A region's row in the national table; `agentName` only for coordinators. */
export interface CoverageTableRow {
  code: string;
  /** The name in the current language. */
  name: string;
  hasAgent: boolean;
  agentName: string | null;
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

export const NUMERIC_COLUMNS = [
  'coverage',
  'reachedUnits',
  'activeUnits',
  'requestsReceived',
  'requestsResolved',
  'hours',
  'medianFirstResponseBusinessDays',
  'slaCompliance',
] as const;
export type NumericColumn = (typeof NUMERIC_COLUMNS)[number];

export type RegionSortColumn = 'name' | 'agent' | NumericColumn;

export interface RegionSort {
  active: RegionSortColumn | '';
  direction: SortDirection;
}

function isNumericColumn(column: string): column is NumericColumn {
  return (NUMERIC_COLUMNS as readonly string[]).includes(column);
}

/** Regions with an agent first (by the agent's name when it is known), then those without. */
function compareAgents(first: CoverageTableRow, second: CoverageTableRow, collator: Intl.Collator): number {
  if (first.hasAgent !== second.hasAgent) {
    return first.hasAgent ? -1 : 1;
  }
  return collator.compare(first.agentName ?? '', second.agentName ?? '');
}

/**
 * The rows in the order of the column: names in the locale's alphabetical order, numbers by size. A missing
 * figure (no units, no requests) goes last whichever the direction; ties keep the region names' order.
 * Without a sort, the rows keep their order (the API's, by region code).
 */
export function sortRegionRows(
  rows: readonly CoverageTableRow[],
  sort: RegionSort,
  locale: string,
): readonly CoverageTableRow[] {
  const { active, direction } = sort;
  if (!active || !direction) {
    return rows;
  }
  const collator = new Intl.Collator(locale);
  const sign = direction === 'asc' ? 1 : -1;
  const byName = (first: CoverageTableRow, second: CoverageTableRow): number =>
    collator.compare(first.name, second.name);
  return [...rows].sort((first, second) => {
    if (active === 'name') {
      return sign * byName(first, second);
    }
    if (active === 'agent') {
      return sign * compareAgents(first, second, collator) || byName(first, second);
    }
    if (!isNumericColumn(active)) {
      return 0;
    }
    const firstValue = first[active];
    const secondValue = second[active];
    if (firstValue === null || secondValue === null) {
      return firstValue === secondValue ? byName(first, second) : firstValue === null ? 1 : -1;
    }
    return sign * (firstValue - secondValue) || byName(first, second);
  });
}
