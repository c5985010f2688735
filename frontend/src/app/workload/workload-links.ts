import type { Params } from '@angular/router';
import type { AgeCountDto } from '../core/api/generated/models/age-count-dto';
import type { StatusCountDto } from '../core/api/generated/models/status-count-dto';
import type { WhiteSpotsDto } from '../core/api/generated/models/white-spots-dto';

/** Where a figure leads: a list page and the filters it reads from the address. */
export interface ListLink {
  path: string;
  queryParams: Params;
}

/** Whose workload is shown: the signed-in agent's own, or (for a coordinator) another agent's. */
export interface WorkloadOwner {
  agentUserId: string;
  isOwn: boolean;
}

export type SlaState = 'atRisk' | 'breached';

const REQUESTS = '/requests';
const UNITS = '/units';

/** The agent's open requests (`open=true`), as the requests list reads them. */
export function openRequestsLink(agentUserId: string): ListLink {
  return { path: REQUESTS, queryParams: { open: 'true', agentUserId } };
}

/** The agent's requests in one (open) status. */
export function statusLink(agentUserId: string, status: StatusCountDto['status']): ListLink {
  return { path: REQUESTS, queryParams: { status, agentUserId } };
}

/** The agent's open requests submitted within the age bucket; an open end is left out. */
export function ageLink(agentUserId: string, age: AgeCountDto): ListLink {
  return {
    path: REQUESTS,
    queryParams: {
      open: 'true',
      agentUserId,
      ...(age.submittedFrom ? { createdFrom: age.submittedFrom } : {}),
      ...(age.submittedTo ? { createdTo: age.submittedTo } : {}),
    },
  };
}

/** The agent's open requests whose worse service level is in the state. */
export function slaLink(agentUserId: string, slaState: SlaState): ListLink {
  return { path: REQUESTS, queryParams: { slaState, agentUserId } };
}

/** The agent's follow-ups: the caller's own list, or the agent's for a coordinator (`assignee=`). */
export function followUpsLink(owner: WorkloadOwner): ListLink {
  return { path: '/follow-ups', queryParams: owner.isOwn ? {} : { assignee: owner.agentUserId } };
}

/** The last day of a month ("2026-02" → "2026-02-28"). */
export function lastDayOfMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const day = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** The agent's advice log of the month ("2026-11"): their own, or theirs for a coordinator (`agent=`). */
export function activitiesLink(owner: WorkloadOwner, month: string): ListLink {
  return {
    path: '/activities',
    queryParams: {
      ...(owner.isOwn ? {} : { agent: owner.agentUserId }),
      from: `${month}-01`,
      to: lastDayOfMonth(month),
    },
  };
}

/** A period of calendar days ("YYYY-MM-DD"), both ends included. */
export interface Period {
  from: string;
  to: string;
}

/** The region's active units reached (or not) in the period, as the units list reads them. */
export function coverageLink(regionCode: string, isReached: boolean, period: Period): ListLink {
  return {
    path: UNITS,
    queryParams: {
      regionCode,
      isActive: 'true',
      reached: String(isReached),
      from: period.from,
      to: period.to,
    },
  };
}

/** All white spots of the region, largest estimated spend first (the units list's `-field` order). */
export function whiteSpotsLink(
  regionCode: string,
  whiteSpots: Pick<WhiteSpotsDto, 'since' | 'to'>,
): ListLink {
  return {
    path: UNITS,
    queryParams: {
      regionCode,
      isActive: 'true',
      reached: 'false',
      from: whiteSpots.since,
      to: whiteSpots.to,
      sort: '-estimatedAnnualSpend',
    },
  };
}

/** A unit's page. */
export function unitLink(unitId: string): ListLink {
  return { path: `${UNITS}/${unitId}`, queryParams: {} };
}
