import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { ActivityThemeEntity } from '../activities/activity-theme.entity';
import { ActivityUnitEntity } from '../activities/activity-unit.entity';
import { ActivityEntity } from '../activities/activity.entity';
import { FollowUpEntity } from '../follow-ups/follow-up.entity';
import { BusinessDayEntity } from '../service-levels/business-day.entity';
import { RequestSlaWarningEntity } from '../requests/request-sla-warning.entity';
import { JobRunEntity } from '../scheduler/job-run.entity';
import { AgentRegionAssignmentEntity } from '../agents/agent-region-assignment.entity';
import { AgentEntity } from '../agents/agent.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { ApiTokenEntity } from '../credentials/api-token.entity';
import { PasswordSetupTokenEntity } from '../credentials/password-setup-token.entity';
import { SessionEntity } from '../credentials/session.entity';
import { ContactEntity } from '../contacts/contact.entity';
import { CpvDivisionEntity } from '../cpv-divisions/cpv-division.entity';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { RegionEntity } from '../regions/region.entity';
import { ThemeEntity } from '../themes/theme.entity';
import { UnitEntity } from '../units/unit.entity';
import { UserEntity } from '../users/user.entity';
import { OutboxEmailEntity } from '../mail/outbox-email.entity';
import { RequestAccessTokenEntity } from '../requests/request-access-token.entity';
import { RequestEventEntity } from '../requests/request-event.entity';
import { SupportRequestThemeEntity } from '../requests/support-request-theme.entity';
import { SupportRequestEntity } from '../requests/support-request.entity';
import { migrations } from './migrations';
import { installTimestampParser } from './timestamp-parser';

export const entities = [
  RegionEntity,
  MunicipalityEntity,
  ThemeEntity,
  CpvDivisionEntity,
  UnitEntity,
  UserEntity,
  AgentEntity,
  AgentRegionAssignmentEntity,
  SessionEntity,
  ApiTokenEntity,
  PasswordSetupTokenEntity,
  AuditEventEntity,
  ContactEntity,
  OutboxEmailEntity,
  SupportRequestEntity,
  SupportRequestThemeEntity,
  RequestEventEntity,
  RequestAccessTokenEntity,
  RequestSlaWarningEntity,
  ActivityEntity,
  ActivityUnitEntity,
  ActivityThemeEntity,
  FollowUpEntity,
  JobRunEntity,
  BusinessDayEntity,
];

/** The one place that says how the app talks to PostgreSQL; the app, the tests and the tools share it. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  installTimestampParser();
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    // Extensions are created by migrations; uuids come from PostgreSQL's built-in gen_random_uuid().
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    // Typo tolerance of unit search: word similarity 0.4 finds "helsnki" (the default, 0.6, does not).
    // work_mem 16 MB keeps the dashboards' sorts and hashes in memory (the default 4 MB spills a year of
    // reach to disk at national scale); docs/performance.md.
    extra: {
      max: poolSize,
      application_name: 'keino-crm',
      options: '-c pg_trgm.word_similarity_threshold=0.4 -c work_mem=16MB',
    },
  };
}
