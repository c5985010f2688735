import type { MigrationInterface, QueryRunner } from 'typeorm';

// Two parts of the agent dashboard read more rows than they use (docs/performance.md, "The agent dashboard's
// white spots, hours and open requests"):
// - White spots are the active units of the agent's regions without a reach day in the last twelve months.
//   Each unit's reach days carry its region (migration ReachDayMaps), so the units reached are now read from the
//   regions' rows by an index, instead of every unit's row (nationally) or each unit's row by key (EU scale):
//   1.16 → 0.42 ms a call nationally, 1.42 → 0.87 ms at EU scale. The region dashboards over a period without
//   counts read their regions' rows by it too.
// - The hours logged this month read every agent's activities of the month from the index by date (1 811 entries
//   nationally for 326 of the agent's): the index by agent and date now carries the duration, so that the
//   agent's own entries are read alone, without visiting the table.

export class AgentDashboardIndexes1795490000000 implements MigrationInterface {
  name = 'AgentDashboardIndexes1795490000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_unit_reach_days_region_code" ON "unit_reach_days" ("region_code")`,
    );
    await queryRunner.query('DROP INDEX "ix_activities_agent_user_id_activity_date"');
    await queryRunner.query(
      `CREATE INDEX "ix_activities_agent_user_id_activity_date" ON "activities" ("agent_user_id", "activity_date")
       INCLUDE ("duration_minutes")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_activities_agent_user_id_activity_date"');
    await queryRunner.query(
      'CREATE INDEX "ix_activities_agent_user_id_activity_date" ON "activities" ("agent_user_id", "activity_date")',
    );
    await queryRunner.query(`DROP INDEX "ix_unit_reach_days_region_code"`);
  }
}
