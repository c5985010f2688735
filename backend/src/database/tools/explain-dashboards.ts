import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { startOfMonth } from '../../common/time/calendar-dates';
import { helsinkiDate } from '../../common/time/helsinki-date';
import { agentDashboardParts, agentDashboardPeriods } from '../../dashboards/agent-dashboard.queries';
import { agentWorkloads, unassignedQueue } from '../../dashboards/coordinator-dashboard.queries';
import {
  monthlyTrend,
  periodFigures,
  reachByTheme,
  reachByUnitType,
} from '../../dashboards/period-figures.queries';
import { reachPeriod } from '../../dashboards/counted-period';
import { dataSourceOptions } from '../data-source-options';

// Prints EXPLAIN (ANALYZE, BUFFERS) of every dashboard statement against DATABASE_URL, for docs/performance.md:
//   DATABASE_URL=postgres://… npx ts-node --project backend/tsconfig.app.json backend/src/database/tools/explain-dashboards.ts [agent email]

/** A parameter as an SQL literal, for EXECUTE. */
function literal(value: unknown): string {
  if (value === null || value === undefined) {
    return 'NULL';
  }
  if (Array.isArray(value)) {
    return `ARRAY[${value.map(literal).join(', ')}]`;
  }
  if (typeof value === 'number') {
    return String(value);
  }
  return `'${String(value).replaceAll("'", "''")}'`;
}

async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'];
  if (!url) {
    throw new Error('Set DATABASE_URL');
  }
  const db = await new DataSource({ ...dataSourceOptions(url, 2), migrationsRun: false }).initialize();
  // Stand-ins for the two pools that explain each statement instead of running it, as the app plans it: once
  // (a generic plan, on a connection set as the app's pool of such statements) or for the call's parameters. The
  // mapping after it then fails, harmlessly.
  const explainer = (planOnce: boolean) => ({
    query: async ({ text, values }: { text: string; values: unknown[] }) => {
      const runner = db.createQueryRunner();
      try {
        let plan: { 'QUERY PLAN': string }[];
        if (planOnce) {
          await runner.query('SET plan_cache_mode = force_generic_plan');
          await runner.query('SET max_parallel_workers_per_gather = 0');
          await runner.query(`PREPARE explained AS ${text}`);
          plan = await runner.query(
            `EXPLAIN (ANALYZE, BUFFERS) EXECUTE explained(${values.map(literal).join(', ')})`,
          );
          await runner.query('DEALLOCATE explained');
          await runner.query('RESET ALL');
        } else {
          plan = await runner.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
        }
        const heading = planOnce ? 'Planned once (generic plan):' : 'Planned for the call:';
        process.stdout.write(
          `${heading}\n\n\`\`\`\n${plan.map((line) => line['QUERY PLAN']).join('\n')}\n\`\`\`\n\n`,
        );
      } finally {
        await runner.release();
      }
      return { rows: [] };
    },
  });
  const explaining = {
    driver: { master: explainer(false) },
    genericPlanPool: explainer(true),
  } as unknown as DataSource;
  const [agent] = (await db.query('SELECT id FROM users WHERE email = $1', [
    process.argv[2] ?? 'agent.06@demo.keino.test',
  ])) as { id: string }[];
  const today = helsinkiDate();
  const year = await reachPeriod(db, {
    from: `${today.slice(0, 4)}-01-01`,
    to: `${today.slice(0, 4)}-12-31`,
  });
  const agentPeriods = await agentDashboardPeriods(db, today);
  // A period that is no calendar month, quarter or year: read from the units' reach days (no counts).
  const uncounted = await reachPeriod(db, {
    from: `${Number(today.slice(0, 4)) - 1}-03-15`,
    to: `${Number(today.slice(0, 4)) - 1}-09-10`,
  });
  const steps: [string, () => Promise<unknown>][] = [
    ['national: figures per region and in total', () => periodFigures(explaining, year, null)],
    ['national: monthly trend', () => monthlyTrend(explaining, year, null)],
    ['national: by unit type', () => reachByUnitType(explaining, year, null)],
    ['national: by theme', () => reachByTheme(explaining, year, null)],
    [
      `national, ${uncounted.from} to ${uncounted.to} (no counts): figures`,
      () => periodFigures(explaining, uncounted, null),
    ],
    [
      `national, ${uncounted.from} to ${uncounted.to}: trend`,
      () => monthlyTrend(explaining, uncounted, null),
    ],
    [
      `national, ${uncounted.from} to ${uncounted.to}: by unit type`,
      () => reachByUnitType(explaining, uncounted, null),
    ],
    [
      `national, ${uncounted.from} to ${uncounted.to}: by theme`,
      () => reachByTheme(explaining, uncounted, null),
    ],
    ['agent: the dashboard (one statement)', () => agentDashboardParts(explaining, agent.id, agentPeriods)],
    [
      'coordinators: workloads',
      () => agentWorkloads(explaining, today, { from: startOfMonth(today), to: today }),
    ],
    ['coordinators: queue', () => unassignedQueue(explaining)],
  ];
  for (const [title, step] of steps) {
    process.stdout.write(`### ${title}\n\n`);
    await step().catch(() => undefined);
  }
  await db.destroy();
}

void main();
