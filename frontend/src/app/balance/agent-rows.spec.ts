import {
  type AgentRow,
  type AgentSortColumn,
  agentRows,
  isAgentSortColumn,
  sortAgentRows,
} from './agent-rows';
import { AINO_ID, ELINA_ID, VILLE_ID, dashboardFixture } from './testing/balance-testing';

const NAMES: Readonly<Record<string, string>> = { '01': 'Uusimaa', '17': 'Pohjois-Pohjanmaa' };
const regionName = (code: string): string => NAMES[code] ?? code;

describe('agent rows', () => {
  const rows = agentRows(dashboardFixture().agents, regionName);

  it('names the regions, keeps the counts and works out the load', () => {
    expect(rows[0]).toEqual({
      userId: AINO_ID,
      name: 'Aino Lehtinen',
      regions: ['Uusimaa'],
      openRequests: 3,
      atRisk: 0,
      breached: 1,
      overdueFollowUps: 4,
      load: { hours: 37.8, capacity: 60, share: 0.63, barValue: 63, isOverCapacity: false },
    });
    expect(rows[2].regions).toEqual([]);
  });

  it('marks only the agents with more hours than capacity as over capacity', () => {
    expect(rows.filter((row) => row.load.isOverCapacity).map((row) => row.userId)).toEqual([VILLE_ID]);
  });

  const ids = (sorted: readonly AgentRow[]): string[] => sorted.map((row) => row.userId);

  it.each<[AgentSortColumn, 'asc' | 'desc', string[]]>([
    ['name', 'asc', [AINO_ID, ELINA_ID, VILLE_ID]],
    ['name', 'desc', [VILLE_ID, ELINA_ID, AINO_ID]],
    ['regions', 'asc', [VILLE_ID, ELINA_ID, AINO_ID]],
    // Ties keep the server's order whichever way.
    ['openRequests', 'asc', [VILLE_ID, AINO_ID, ELINA_ID]],
    ['openRequests', 'desc', [AINO_ID, ELINA_ID, VILLE_ID]],
    ['atRisk', 'desc', [ELINA_ID, AINO_ID, VILLE_ID]],
    ['breached', 'desc', [AINO_ID, ELINA_ID, VILLE_ID]],
    ['overdueFollowUps', 'asc', [ELINA_ID, VILLE_ID, AINO_ID]],
    // By share of capacity, not by hours: 63 %, 76 %, 299 %.
    ['load', 'asc', [AINO_ID, ELINA_ID, VILLE_ID]],
    ['load', 'desc', [VILLE_ID, ELINA_ID, AINO_ID]],
  ])('sorts by %s %s', (column, direction, expected) => {
    expect(ids(sortAgentRows(rows, column, direction, 'fi'))).toEqual(expected);
  });

  it('keeps the server order without a sort', () => {
    const reversed = [...rows].reverse();
    expect(sortAgentRows(reversed, 'name', '', 'fi')).toBe(reversed);
    expect(sortAgentRows(reversed, null, 'asc', 'fi')).toBe(reversed);
  });

  it('sorts names as the language does', () => {
    const named = (name: string): AgentRow => ({ ...rows[0], userId: name, name });
    const sorted = sortAgentRows([named('Östen'), named('Ödön'), named('Zara')], 'name', 'asc', 'fi');
    // Finnish and Swedish put Ö after Z.
    expect(ids(sorted)).toEqual(['Zara', 'Ödön', 'Östen']);
  });

  it('counts an agent with hours but no capacity as the fullest', () => {
    const noCapacity = agentRows(
      [{ ...dashboardFixture().agents[0], userId: 'none', capacityHours: 0, hoursThisMonth: 1 }],
      regionName,
    );
    expect(ids(sortAgentRows([...rows, ...noCapacity], 'load', 'desc', 'fi'))[0]).toBe('none');
  });

  it.each([
    ['load', true],
    ['openRequests', true],
    ['hoursThisMonth', false],
    ['', false],
  ])('knows %p as a column: %s', (value, expected) => {
    expect(isAgentSortColumn(value)).toBe(expected);
  });
});
