import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ActivityThemeEntity } from '../../activities/activity-theme.entity';
import { ActivityUnitEntity } from '../../activities/activity-unit.entity';
import { ActivityEntity } from '../../activities/activity.entity';
import { FollowUpEntity } from '../../follow-ups/follow-up.entity';
import { AgentRegionAssignmentEntity } from '../../agents/agent-region-assignment.entity';
import { AgentEntity } from '../../agents/agent.entity';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { PasswordHasher } from '../../credentials/password-hasher';
import { ContactEntity } from '../../contacts/contact.entity';
import { RequestEventEntity } from '../../requests/request-event.entity';
import { SupportRequestThemeEntity } from '../../requests/support-request-theme.entity';
import { SupportRequestEntity } from '../../requests/support-request.entity';
import { UnitEntity } from '../../units/unit.entity';
import { UserEntity } from '../../users/user.entity';
import { readMunicipalities, readWellbeingCounties } from '../reference-data/reference-data.files';
import { DEMO_AGENTS, DEMO_EMAIL_DOMAIN, DEMO_NETWORK_START, demoAgentEmail } from './demo-accounts';
import { demoActivities } from './demo-activities';
import { DemoRandom } from './demo-random';
import { type DemoRequestUnit, demoRequests } from './demo-requests';
import { demoUnits } from './demo-units';

export interface DemoAccount {
  readonly email: string;
  readonly role: string;
  readonly description: string;
}

// Any constant shared by every instance: only one of them seeds.
const SEED_LOCK_KEY = 4_107_052_002;
const COORDINATOR_EMAIL = `coordinator@${DEMO_EMAIL_DOMAIN}`;

/**
 * Creates the demo network on first start when demo data is enabled (development; never in production):
 * a coordinator, ministry users (fi, sv, en), a unit contact, the 15 agents of the 2020 network with their regions, and
 * two years of support requests, advice logged and follow-ups.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeedService.name);
  private seededAccounts: DemoAccount[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
  ) {}

  /** The demo accounts, for the start-up banner; empty when demo data is off. */
  get accounts(): readonly DemoAccount[] {
    return this.seededAccounts;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.isDemoDataEnabled) {
      return;
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
      if (await manager.exists(UserEntity, { where: { email: COORDINATOR_EMAIL } })) {
        return;
      }
      await this.seed(manager);
      this.logger.log('Created the demo network');
    });
    this.seededAccounts = [
      { email: COORDINATOR_EMAIL, role: 'coordinator', description: 'national coordinator, every region' },
      { email: `ministry@${DEMO_EMAIL_DOMAIN}`, role: 'ministry', description: 'ministry, national figures' },
      { email: `ministry.sv@${DEMO_EMAIL_DOMAIN}`, role: 'ministry', description: 'ministry, in Swedish' },
      { email: `ministry.en@${DEMO_EMAIL_DOMAIN}`, role: 'ministry', description: 'ministry, in English' },
      {
        email: `unit@${DEMO_EMAIL_DOMAIN}`,
        role: 'unit',
        description: 'contact person of Helsingin kaupunki',
      },
      ...DEMO_AGENTS.map((agent) => ({
        email: demoAgentEmail(agent.regionCode),
        role: 'agent',
        description: `change agent, region ${agent.regionCode}`,
      })),
    ];
  }

  private async seed(manager: EntityManager): Promise<void> {
    // One hash for all demo accounts: they share the demo password, and hashing is deliberately slow.
    const passwordHash = await this.hasher.hash(this.config.demoPassword);
    const units = demoUnits(readMunicipalities(), readWellbeingCounties());
    const savedUnits = await manager.save(
      units.map(({ contacts, ...unit }) => manager.create(UnitEntity, { ...unit, isActive: true })),
      { chunk: 200 },
    );
    await manager.save(
      units.flatMap((unit, index) =>
        unit.contacts.map((contact) =>
          manager.create(ContactEntity, { ...contact, unitId: savedUnits[index].id, erasedAt: null }),
        ),
      ),
      { chunk: 500 },
    );
    const helsinki = savedUnits.find(
      (unit) => unit.municipalityCode === '091' && unit.type === 'municipality',
    );
    if (!helsinki) {
      throw new Error('The demo data has no City of Helsinki');
    }
    const person = (
      email: string,
      displayName: string,
      role: UserEntity['role'],
      extra: Partial<UserEntity> = {},
    ) =>
      manager.create(UserEntity, {
        email,
        displayName,
        role,
        preferredLanguage: 'fi',
        isActive: true,
        passwordHash,
        unitId: null,
        ...extra,
      });
    const [coordinator] = await manager.save([
      person(COORDINATOR_EMAIL, 'Kaisa Koordinaattori', 'coordinator'),
      person(`ministry@${DEMO_EMAIL_DOMAIN}`, 'Mikko Ministeriö', 'ministry'),
      person(`ministry.sv@${DEMO_EMAIL_DOMAIN}`, 'Sara Ministeriet', 'ministry', { preferredLanguage: 'sv' }),
      person(`ministry.en@${DEMO_EMAIL_DOMAIN}`, 'Emma Ministry', 'ministry', { preferredLanguage: 'en' }),
      person(`unit@${DEMO_EMAIL_DOMAIN}`, 'Ulla Yksikkö', 'unit', { unitId: helsinki.id }),
    ]);
    const agentsByRegion = new Map<string, string>();
    for (const agent of DEMO_AGENTS) {
      const user = await manager.save(
        person(demoAgentEmail(agent.regionCode), agent.displayName, 'agent', {
          preferredLanguage: agent.preferredLanguage,
        }),
      );
      await manager.insert(AgentEntity, {
        userId: user.id,
        hostOrganisation: agent.hostOrganisation,
        monthlyCapacityHours: agent.monthlyCapacityHours,
      });
      await manager.insert(AgentRegionAssignmentEntity, {
        agentUserId: user.id,
        regionCode: agent.regionCode,
        validFrom: DEMO_NETWORK_START,
        validTo: null,
      });
      agentsByRegion.set(agent.regionCode, user.id);
    }
    await this.seedRequests(manager, agentsByRegion, coordinator.id);
    await this.seedActivities(manager, agentsByRegion);
  }

  /** Two years of advice logged by the agents, and their follow-ups (open, done and overdue today). */
  private async seedActivities(
    manager: EntityManager,
    agentsByRegion: ReadonlyMap<string, string>,
  ): Promise<void> {
    const units = (await manager.query(
      `SELECT id, region_code, coalesce(estimated_annual_spend, 0)::float AS spend FROM units ORDER BY business_id`,
    )) as { id: string; region_code: string; spend: number }[];
    const themes = (await manager.query('SELECT code FROM themes ORDER BY sort_order, code')) as {
      code: string;
    }[];
    const generated = demoActivities(
      new DemoRandom(20_200_901),
      units.map((unit) => ({ id: unit.id, regionCode: unit.region_code, spend: unit.spend })),
      agentsByRegion,
      themes.map((theme) => theme.code),
      new Date(),
    );
    const insert = async <T extends object>(entity: new () => T, rows: readonly T[]): Promise<void> => {
      for (let start = 0; start < rows.length; start += 1000) {
        await manager.insert(entity, rows.slice(start, start + 1000) as T[]);
      }
    };
    await insert(
      ActivityEntity,
      generated.activities.map((row) => manager.create(ActivityEntity, row)),
    );
    await insert(
      ActivityUnitEntity,
      generated.units.map((row) => manager.create(ActivityUnitEntity, row)),
    );
    await insert(
      ActivityThemeEntity,
      generated.themes.map((row) => manager.create(ActivityThemeEntity, row)),
    );
    await insert(
      FollowUpEntity,
      generated.followUps.map((row) => manager.create(FollowUpEntity, row)),
    );
  }

  /** Two years of support requests with their timelines (no emails: nobody is waiting for them). */
  private async seedRequests(
    manager: EntityManager,
    agentsByRegion: ReadonlyMap<string, string>,
    coordinatorUserId: string,
  ): Promise<void> {
    const rows = (await manager.query(
      `SELECT u.id, u.region_code, u.type,
         coalesce(json_agg(json_build_object('id', c.id, 'name', c.name, 'email', c.email,
           'language', c.preferred_language)) FILTER (WHERE c.id IS NOT NULL), '[]') AS contacts
       FROM units u LEFT JOIN contacts c ON c.unit_id = u.id GROUP BY u.id ORDER BY u.business_id`,
    )) as { id: string; region_code: string; type: string; contacts: DemoRequestUnit['contacts'] }[];
    const generated = demoRequests(
      new DemoRandom(20_200_615),
      rows.map((row) => ({
        id: row.id,
        regionCode: row.region_code,
        type: row.type,
        contacts: row.contacts,
      })),
      agentsByRegion,
      coordinatorUserId,
      new Date(),
      this.config.slaFirstResponseBusinessDays,
      this.config.slaResolutionBusinessDays,
    );
    await manager.insert(
      SupportRequestEntity,
      generated.requests.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime()),
    );
    for (let start = 0; start < generated.events.length; start += 1000) {
      await manager.insert(RequestEventEntity, generated.events.slice(start, start + 1000));
    }
    await manager.insert(SupportRequestThemeEntity, generated.themes);
  }
}
