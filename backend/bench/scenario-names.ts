/** In the order they run: reads first, the write last, so that no read sees the bench's own writes. */
export const SCENARIO_NAMES = [
  'signed-in-floor',
  'agent-dashboard',
  'national-dashboard',
  'coordinator-dashboard',
  'unit-typeahead',
  'units-list',
  'requests-list',
  'requests-list-agent',
  'requests-list-sorted',
  'request-page',
  'activity-logging',
] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];
