import type { DataSource } from 'typeorm';

// The dashboards read pre-aggregates kept by triggers (migrations DashboardAggregates, ThemeActivityCounts,
// ReachCounts, RequestCounts, RequestThemeCounts, DashboardRollups, ReachDayMaps, FirstResponseMedians), and the
// requests list's totals (RequestStatusCounts); the bench data generator writes them itself. Either way they must
// equal a full recomputation from the records, and each yearly count the sum of its months.

const AGGREGATES = {
  unit_reach_months: 'SELECT month::text, unit_id, days FROM unit_reach_months ORDER BY 1, 2',
  unit_theme_reach_months:
    'SELECT month::text, theme_code, unit_id, days FROM unit_theme_reach_months ORDER BY 1, 2, 3',
  activity_region_minutes:
    'SELECT activity_id, region_code, activity_date::text, trim_scale(minutes)::text AS minutes FROM activity_region_minutes ORDER BY 1, 2',
  // Minutes compare as numbers (a rebuild's shares carry decimals, a loaded 90 does not). Sums that went to zero
  // stay as rows; the rebuild has none for them.
  region_month_minutes:
    'SELECT month::text, region_code, trim_scale(minutes)::text AS minutes FROM region_month_minutes WHERE minutes <> 0 ORDER BY 1, 2',
  // Migration ReachCounts: counts that went to zero stay as rows, like the sums above.
  reach_counts: `SELECT period_kind, period_start::text, theme_code, region_code, unit_type, units FROM reach_counts
    WHERE units <> 0 ORDER BY 1, 2, 3, 4, 5`,
  active_unit_counts:
    'SELECT region_code, unit_type, units FROM active_unit_counts WHERE units <> 0 ORDER BY 1, 2',
  // Migration RequestCounts.
  region_month_requests: `SELECT month::text, region_code, received, resolved, sla_met FROM region_month_requests
    WHERE received <> 0 OR resolved <> 0 OR sla_met <> 0 ORDER BY 1, 2`,
  region_month_first_responses: `SELECT month::text, region_code, business_days, requests
    FROM region_month_first_responses WHERE requests <> 0 ORDER BY 1, 2, 3`,
  // Migration FirstResponseMedians.
  region_first_response_medians: `SELECT period_kind, period_start::text, region_code, median
    FROM region_first_response_medians ORDER BY 1, 2, 3`,
  // Migration RequestThemeCounts.
  theme_month_requests: `SELECT month::text, theme_code, region_code, received FROM theme_month_requests
    WHERE received <> 0 ORDER BY 1, 2, 3`,
  // Migration ReachDayMaps.
  unit_reach_days: `SELECT unit_id, region_code, unit_type, is_active, first_day::text, days::text
    FROM unit_reach_days ORDER BY 1`,
  unit_theme_reach_days: `SELECT unit_id, theme_code, region_code, is_active, first_day::text, days::text
    FROM unit_theme_reach_days ORDER BY 1, 2`,
};

// Migration DashboardRollups: each yearly table against the sums of its monthly twin, computed here.
const YEARS: Record<string, { months: string; keys: string; values: string[] }> = {
  region_year_requests: {
    months: 'region_month_requests',
    keys: 'region_code',
    values: ['received', 'resolved', 'sla_met'],
  },
  region_year_first_responses: {
    months: 'region_month_first_responses',
    keys: 'region_code, business_days',
    values: ['requests'],
  },
  region_year_minutes: { months: 'region_month_minutes', keys: 'region_code', values: ['minutes'] },
  theme_year_requests: {
    months: 'theme_month_requests',
    keys: 'theme_code, region_code',
    values: ['received'],
  },
};

async function snapshot(dataSource: DataSource): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const [table, sql] of Object.entries(AGGREGATES)) {
    result[table] = (await dataSource.query(sql)) as unknown[];
  }
  return result;
}
/**
 * Expects every pre-aggregate kept for the dashboards and lists to equal a full recomputation from the records
 * (`rebuild_dashboard_aggregates()`, which it leaves in place), and each yearly count the sum of its months;
 * returns the rebuilt aggregates.
 */
export async function expectAggregatesEqualToRebuild(
  dataSource: DataSource,
): Promise<Record<string, unknown[]>> {
  // Activities per theme and day (migrations ThemeActivityCounts, ThemeDayActivities) against a count of the
  // records.
  expect(
    await dataSource.query(
      `SELECT day::text, theme_code, activities FROM theme_day_activities WHERE activities <> 0 ORDER BY 1, 2`,
    ),
  ).toEqual(
    await dataSource.query(
      `SELECT a.activity_date::text AS day, t.theme_code, count(*)::int AS activities
         FROM activities a JOIN activity_themes t ON t.activity_id = a.id GROUP BY 1, 2 ORDER BY 1, 2`,
    ),
  );
  // The requests list's totals per status and region (migration RequestStatusCounts) against the records.
  expect(
    await dataSource.query(
      'SELECT status, region_code, requests FROM request_status_counts WHERE requests <> 0 ORDER BY 1, 2',
    ),
  ).toEqual(
    await dataSource.query(
      `SELECT status, coalesce(region_code, '') AS region_code, count(*)::int AS requests FROM support_requests
         GROUP BY 1, 2 ORDER BY 1, 2`,
    ),
  );
  for (const [years, { months, keys, values }] of Object.entries(YEARS)) {
    const nonZero = values.map((value) => `${value} <> 0`).join(' OR ');
    const text = values.map((value) => `${value}::text`).join(', ');
    expect([
      years,
      await dataSource.query(
        `SELECT year::text, ${keys}, ${text} FROM ${years} WHERE ${nonZero} ORDER BY 1, ${keys}`,
      ),
    ]).toEqual([
      years,
      await dataSource.query(
        `SELECT date_trunc('year', month)::date::text AS year, ${keys}, ${values.map((value) => `sum(${value})::text AS ${value}`).join(', ')}
         FROM ${months} GROUP BY 1, ${keys} HAVING ${values.map((value) => `sum(${value}) <> 0`).join(' OR ')}
         ORDER BY 1, ${keys}`,
      ),
    ]);
  }
  // Each region's median first-response time per month and year (migration FirstResponseMedians) against
  // percentile_cont over every request of the histograms, one row per request.
  const medianOf = (kind: string, table: string, period: string): string =>
    `SELECT '${kind}' AS period_kind, ${period}::text AS period_start, region_code,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY business_days) AS median
       FROM ${table} CROSS JOIN LATERAL generate_series(1, requests) WHERE requests > 0 GROUP BY 1, 2, 3`;
  expect(
    await dataSource.query(
      'SELECT period_kind, period_start::text, region_code, median FROM region_first_response_medians ORDER BY 1, 2, 3',
    ),
  ).toEqual(
    await dataSource.query(
      `${medianOf('month', 'region_month_first_responses', 'month')} UNION ALL
         ${medianOf('year', 'region_year_first_responses', 'year')} ORDER BY 1, 2, 3`,
    ),
  );
  const maintained = await snapshot(dataSource);
  await dataSource.query('SELECT rebuild_dashboard_aggregates()');
  await dataSource.query('SELECT rebuild_first_response_medians()');
  const rebuilt = await snapshot(dataSource);
  expect(maintained).toEqual(rebuilt);
  return rebuilt;
}
