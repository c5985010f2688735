import type { NestExpressApplication } from '@nestjs/platform-express';
import { FinnishBusinessIds } from 'finnish-business-ids';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AgentRegionAssignmentEntity } from '../../src/agents/agent-region-assignment.entity';
import { AgentEntity } from '../../src/agents/agent.entity';
import type { Role } from '../../src/common/auth/roles';
import { PasswordHasher } from '../../src/credentials/password-hasher';
import { UnitEntity } from '../../src/units/unit.entity';
import { UserEntity } from '../../src/users/user.entity';

export const TEST_PASSWORD = 'correct horse battery staple';

let counter = 0;
const unique = (): string => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** Factories that write straight to the test database, for arranging a scenario. */
export class Accounts {
  private passwordHash?: Promise<string>;
  readonly dataSource: DataSource;

  constructor(private readonly app: NestExpressApplication) {
    this.dataSource = app.get(DataSource);
  }

  async unit(regionCode: string, overrides: Partial<UnitEntity> = {}): Promise<UnitEntity> {
    return this.dataSource.getRepository(UnitEntity).save({
      nameFi: `Testiyksikkö ${unique()}`,
      businessId: FinnishBusinessIds.generateBusinessId(),
      type: 'municipality',
      regionCode,
      isActive: true,
      ...overrides,
    });
  }

  async user(role: Role, overrides: Partial<UserEntity> = {}): Promise<UserEntity> {
    this.passwordHash ??= this.app.get(PasswordHasher).hash(TEST_PASSWORD);
    return this.dataSource.getRepository(UserEntity).save({
      email: `${role}.${unique()}@example.test`,
      displayName: `Test ${role} ${unique()}`,
      role,
      preferredLanguage: 'fi',
      isActive: true,
      passwordHash: await this.passwordHash,
      unitId: null,
      ...overrides,
    });
  }

  /** An agent user covering the given regions from `validFrom` (default: long ago) with no end. */
  async agent(
    regionCodes: string[],
    period: { validFrom?: string; validTo?: string | null } = {},
  ): Promise<UserEntity> {
    const user = await this.user('agent');
    await this.dataSource.getRepository(AgentEntity).insert({
      userId: user.id,
      hostOrganisation: 'Testiliitto',
      monthlyCapacityHours: 40,
    });
    for (const regionCode of regionCodes) {
      await this.dataSource.getRepository(AgentRegionAssignmentEntity).insert({
        agentUserId: user.id,
        regionCode,
        validFrom: period.validFrom ?? '2020-01-01',
        validTo: period.validTo ?? null,
      });
    }
    return user;
  }

  async auditEventCount(): Promise<number> {
    const [{ count }] = (await this.dataSource.query('SELECT count(*)::int AS count FROM audit_events')) as {
      count: number;
    }[];
    return count;
  }
}

/** A browser-like client: keeps the session cookie and echoes XSRF-TOKEN in X-XSRF-TOKEN, as Angular does. */
export class SignedInClient {
  constructor(
    readonly http: TestAgent,
    readonly xsrfToken: string,
  ) {}

  get(path: string) {
    return this.http.get(path);
  }

  post(path: string, body?: object) {
    return this.http.post(path).set('X-XSRF-TOKEN', this.xsrfToken).send(body);
  }

  patch(path: string, body: object) {
    return this.http.patch(path).set('X-XSRF-TOKEN', this.xsrfToken).send(body);
  }

  delete(path: string) {
    return this.http.delete(path).set('X-XSRF-TOKEN', this.xsrfToken);
  }
}

export function cookieValue(setCookie: string[] | string | undefined, name: string): string | undefined {
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const cookie = cookies.find((line) => line.startsWith(`${name}=`));
  return cookie?.split(';')[0].slice(name.length + 1);
}

export async function signIn(
  app: NestExpressApplication,
  email: string,
  password: string = TEST_PASSWORD,
): Promise<SignedInClient> {
  const http = request.agent(app.getHttpServer());
  const response = await http.post('/api/v1/auth/login').send({ email, password }).expect(200);
  const xsrfToken = cookieValue(response.headers['set-cookie'], 'XSRF-TOKEN');
  if (!xsrfToken) {
    throw new Error('login set no XSRF-TOKEN cookie');
  }
  return new SignedInClient(http, xsrfToken);
}
