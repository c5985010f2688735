import { convertToParamMap } from '@angular/router';
import { queryFromParams as activityQuery } from '../activities/activity-list-query';
import { queryFromParams as followUpQuery } from '../follow-ups/follow-ups.store';
import { queryFromParams as requestQuery } from '../requests/request-list-query';
import { queryFromParams as unitQuery } from '../units/unit-list-query';
import { AGENT_ID } from './testing/workload-testing';
import {
  activitiesLink,
  ageLink,
  coverageLink,
  followUpsLink,
  lastDayOfMonth,
  openRequestsLink,
  slaLink,
  statusLink,
  unitLink,
  whiteSpotsLink,
} from './workload-links';

const OWN = { agentUserId: AGENT_ID, isOwn: true };
const OTHERS = { agentUserId: AGENT_ID, isOwn: false };

// Each link is read back by the target page's own parser: what the page filters by is what the figure counts.
describe('workload links', () => {
  it('lead the open requests total to the agent’s open requests', () => {
    const link = openRequestsLink(AGENT_ID);
    expect(link).toEqual({ path: '/requests', queryParams: { open: 'true', agentUserId: AGENT_ID } });
    expect(requestQuery(convertToParamMap(link.queryParams))).toMatchObject({
      isOpenOnly: true,
      agentUserId: AGENT_ID,
      statuses: [],
    });
  });

  it.each(['new', 'assigned', 'in_progress', 'waiting_for_unit'] as const)(
    'lead the %s count to the agent’s requests in that status',
    (status) => {
      const link = statusLink(AGENT_ID, status);
      expect(link).toEqual({ path: '/requests', queryParams: { status, agentUserId: AGENT_ID } });
      expect(requestQuery(convertToParamMap(link.queryParams))).toMatchObject({
        statuses: [status],
        agentUserId: AGENT_ID,
      });
    },
  );

  it.each([
    ['underOneWeek', '2026-11-16', null, { createdFrom: '2026-11-16' }],
    ['oneToFourWeeks', '2026-10-26', '2026-11-15', { createdFrom: '2026-10-26', createdTo: '2026-11-15' }],
    ['overThreeMonths', null, '2026-08-24', { createdTo: '2026-08-24' }],
  ] as const)(
    'lead the %s bucket to the open requests submitted within it, open ends left out',
    (bucket, submittedFrom, submittedTo, dates) => {
      const link = ageLink(AGENT_ID, { bucket, submittedFrom, submittedTo, count: 1 });
      expect(link).toEqual({
        path: '/requests',
        queryParams: { open: 'true', agentUserId: AGENT_ID, ...dates },
      });
      expect(requestQuery(convertToParamMap(link.queryParams))).toMatchObject({
        isOpenOnly: true,
        agentUserId: AGENT_ID,
        createdFrom: submittedFrom,
        createdTo: submittedTo,
      });
    },
  );

  it.each(['atRisk', 'breached'] as const)('lead %s service levels to the list in that state', (slaState) => {
    const link = slaLink(AGENT_ID, slaState);
    expect(link).toEqual({ path: '/requests', queryParams: { slaState, agentUserId: AGENT_ID } });
    expect(requestQuery(convertToParamMap(link.queryParams))).toMatchObject({
      slaState,
      agentUserId: AGENT_ID,
    });
  });

  it.each([
    ['the agent’s own', OWN, {}, 'mine'],
    ['another agent’s', OTHERS, { assignee: AGENT_ID }, AGENT_ID],
  ])('lead follow-ups to %s list', (_whose, owner, queryParams, assignee) => {
    const link = followUpsLink(owner);
    expect(link).toEqual({ path: '/follow-ups', queryParams });
    // A coordinator reads any agent's list; an agent always their own.
    expect(followUpQuery(convertToParamMap(link.queryParams), true)).toEqual({ view: 'open', assignee });
  });

  it.each([
    ['2026-11', '2026-11-30'],
    ['2026-02', '2026-02-28'],
    ['2028-02', '2028-02-29'],
    ['2026-12', '2026-12-31'],
  ])('knows the last day of %s', (month, last) => {
    expect(lastDayOfMonth(month)).toBe(last);
  });

  it.each([
    ['the agent’s own', OWN, {}, 'mine'],
    ['another agent’s', OTHERS, { agent: AGENT_ID }, { agentUserId: AGENT_ID }],
  ])('lead the hours to %s advice log of the month', (_whose, owner, agent, parsedOwner) => {
    const link = activitiesLink(owner, '2026-11');
    expect(link).toEqual({
      path: '/activities',
      queryParams: { ...agent, from: '2026-11-01', to: '2026-11-30' },
    });
    expect(activityQuery(convertToParamMap(link.queryParams))).toMatchObject({
      owner: parsedOwner,
      from: '2026-11-01',
      to: '2026-11-30',
    });
  });

  it.each([
    [true, 'true'],
    [false, 'false'],
  ])('lead coverage (reached: %s) to the region’s active units in the period', (isReached, reached) => {
    const link = coverageLink('09', isReached, { from: '2026-01-01', to: '2026-11-22' });
    expect(link).toEqual({
      path: '/units',
      queryParams: { regionCode: '09', isActive: 'true', reached, from: '2026-01-01', to: '2026-11-22' },
    });
    expect(unitQuery(convertToParamMap(link.queryParams))).toMatchObject({
      regionCode: '09',
      isActive: true,
      reached: isReached,
      from: '2026-01-01',
      to: '2026-11-22',
    });
  });

  it('lead white spots to the region’s units not reached in the 12 months, largest spend first', () => {
    const link = whiteSpotsLink('09', { since: '2025-11-23', to: '2026-11-22' });
    expect(link).toEqual({
      path: '/units',
      queryParams: {
        regionCode: '09',
        isActive: 'true',
        reached: 'false',
        from: '2025-11-23',
        to: '2026-11-22',
        sort: '-estimatedAnnualSpend',
      },
    });
    expect(unitQuery(convertToParamMap(link.queryParams))).toMatchObject({
      regionCode: '09',
      isActive: true,
      reached: false,
      from: '2025-11-23',
      to: '2026-11-22',
      sort: '-estimatedAnnualSpend',
    });
  });

  it('lead a white spot to its unit’s page', () => {
    expect(unitLink('abc')).toEqual({ path: '/units/abc', queryParams: {} });
  });
});
