import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AgentRegionAssignmentEntity } from '../../agents/agent-region-assignment.entity';
import { AgentEntity } from '../../agents/agent.entity';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { PasswordHasher } from '../../credentials/password-hasher';
import { ContactEntity } from '../../contacts/contact.entity';
import { UnitEntity } from '../../units/unit.entity';
import { UserEntity } from '../../users/user.entity';
import { readMunicipalities, readWellbeingCounties } from '../reference-data/reference-data.files';
import { DEMO_AGENTS, DEMO_EMAIL_DOMAIN, DEMO_NETWORK_START, demoAgentEmail } from './demo-accounts';
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
 * a coordinator, a ministry user, a unit contact and the 15 agents of the 2020 network with their regions.
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
    await manager.save([
      person(COORDINATOR_EMAIL, 'Kaisa Koordinaattori', 'coordinator'),
      person(`ministry@${DEMO_EMAIL_DOMAIN}`, 'Mikko Ministeriö', 'ministry'),
      person(`unit@${DEMO_EMAIL_DOMAIN}`, 'Ulla Yksikkö', 'unit', { unitId: helsinki.id }),
    ]);
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
    }
  }
}
