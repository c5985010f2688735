import type { AgentWorkloadDto } from '../core/api/generated/models/agent-workload-dto';
import { type CapacityLoad, capacityLoad } from './capacity-load';

/** One change agent's line in the balance table. */
export interface AgentRow {
  userId: string;
  name: string;
  /** The regions the agent covers today, named in the interface language; empty when none. */
  regions: readonly string[];
  openRequests: number;
  atRisk: number;
  breached: number;
  overdueFollowUps: number;
  load: CapacityLoad;
}

export type AgentSortColumn =
  'name' | 'regions' | 'openRequests' | 'atRisk' | 'breached' | 'overdueFollowUps' | 'load';
export type AgentSortDirection = 'asc' | 'desc' | '';

export const AGENT_COLUMNS: readonly AgentSortColumn[] = [
  'name',
  'regions',
  'openRequests',
  'atRisk',
  'breached',
  'overdueFollowUps',
  'load',
];

/** On a phone the load comes next to the name, so that both are seen before scrolling sideways. */
export const PHONE_AGENT_COLUMNS: readonly AgentSortColumn[] = [
  'name',
  'load',
  'openRequests',
  'atRisk',
  'breached',
  'overdueFollowUps',
  'regions',
];

export function isAgentSortColumn(value: string): value is AgentSortColumn {
  return (AGENT_COLUMNS as readonly string[]).includes(value);
}

export function agentRows(
  agents: readonly AgentWorkloadDto[],
  regionName: (code: string) => string,
): AgentRow[] {
  return agents.map((agent) => ({
    userId: agent.userId,
    name: agent.displayName,
    regions: agent.regionCodes.map(regionName),
    openRequests: agent.openRequests,
    atRisk: agent.atRisk,
    breached: agent.breached,
    overdueFollowUps: agent.overdueFollowUps,
    load: capacityLoad(agent.hoursThisMonth, agent.capacityHours),
  }));
}

/** How full the agent's month is; no capacity at all counts as the fullest. */
function loadValue(row: AgentRow): number {
  return row.load.share ?? (row.load.hours > 0 ? Number.POSITIVE_INFINITY : 0);
}

/**
 * The rows in the order of a column; ties (and no sort at all) keep the server's order, which is by name.
 * Names and regions compare as the interface language sorts them.
 */
export function sortAgentRows(
  rows: readonly AgentRow[],
  column: AgentSortColumn | null,
  direction: AgentSortDirection,
  language: string,
): readonly AgentRow[] {
  if (column === null || direction === '') {
    return rows;
  }
  const collator = new Intl.Collator(language);
  const compare = (first: AgentRow, second: AgentRow): number => {
    switch (column) {
      case 'name':
        return collator.compare(first.name, second.name);
      case 'regions':
        return collator.compare(first.regions.join(', '), second.regions.join(', '));
      case 'load':
        return loadValue(first) - loadValue(second);
      default:
        return first[column] - second[column];
    }
  };
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((first, second) => sign * compare(first.row, second.row) || first.index - second.index)
    .map(({ row }) => row);
}
