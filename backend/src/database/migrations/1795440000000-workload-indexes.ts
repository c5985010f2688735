import type { MigrationInterface, QueryRunner } from 'typeorm';

// The coordinators' workload table from index-only scans (docs/performance.md, "Coordinators' workloads"). At
// EU scale (1 200 agents) its statement took 470 ms: the hours of the month read 88 000 activities from 58 000
// heap pages, and the open requests per agent 48 000 requests from 31 000. Both now come from indexes that
// carry the columns they need:
// - activities by date carry the agent and the duration (replacing the plain date index, which every date
//   range still uses);
// - open requests by agent carry what their service levels and ages are computed from; the agent dashboard's
//   open-requests statement reads the same index for one agent.
// A migration keeps its own copy of the open statuses.

const OPEN = `status IN ('new', 'assigned', 'in_progress', 'waiting_for_unit')`;

export class WorkloadIndexes1795440000000 implements MigrationInterface {
  name = 'WorkloadIndexes1795440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_activities_activity_date_agent_minutes" ON "activities" (activity_date)
       INCLUDE (agent_user_id, duration_minutes)`,
    );
    await queryRunner.query('DROP INDEX "ix_activities_activity_date"');
    await queryRunner.query(
      `CREATE INDEX "ix_support_requests_open_agent" ON "support_requests" (assigned_agent_user_id)
       INCLUDE (status, submitted_at, first_responded_at, first_response_due_at, resolution_due_at)
       WHERE ${OPEN}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_support_requests_open_agent"');
    await queryRunner.query('CREATE INDEX "ix_activities_activity_date" ON "activities" (activity_date)');
    await queryRunner.query('DROP INDEX "ix_activities_activity_date_agent_minutes"');
  }
}
