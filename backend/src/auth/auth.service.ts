import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AgentsService } from '../agents/agents.service';
import { AuditService } from '../audit/audit.service';
import type { Actor, Principal } from '../common/auth/principal';
import { RecordNotFoundError } from '../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CredentialsService, type NewSession } from '../credentials/credentials.service';
import { PasswordHasher } from '../credentials/password-hasher';
import { hashSecret } from '../credentials/secret-tokens';
import { UnitsService } from '../units/units.service';
import { UsersService, normaliseEmail } from '../users/users.service';
import {
  InvalidCredentialsError,
  PasswordSetupTokenInvalidError,
  WrongCurrentPasswordError,
} from './auth.errors';
import type { ApiTokenDto, CreatedApiTokenDto, MeDto, UpdateMeDto } from './dto/auth.dto';
import { LoginThrottleService } from './login-throttle.service';
import { type SessionPrincipal, findApiTokenPrincipal, findSessionPrincipal } from './principal.queries';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly credentials: CredentialsService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottleService,
    private readonly agents: AgentsService,
    private readonly units: UnitsService,
    private readonly audit: AuditService,
  ) {}

  resolveSession(sessionToken: string): Promise<SessionPrincipal | null> {
    return findSessionPrincipal(this.dataSource, hashSecret(sessionToken), this.config.sessionIdleMinutes);
  }

  resolveApiToken(token: string): Promise<Principal | null> {
    return findApiTokenPrincipal(this.dataSource, hashSecret(token));
  }

  /**
   * Checks the password and opens a session. Unknown emails, wrong passwords and deactivated accounts get the
   * same error after the same work (a hash verification either way).
   */
  async login(email: string, password: string, ip: string): Promise<{ session: NewSession; userId: string }> {
    const account = normaliseEmail(email);
    await this.throttle.admit(ip, account);
    const candidate = await this.users.findForLogin(account);
    const isValid = await this.hasher.verify(candidate?.isActive ? candidate.passwordHash : null, password);
    if (!candidate || !isValid) {
      await this.throttle.recordFailure(account);
      throw new InvalidCredentialsError();
    }
    await this.throttle.recordSuccess(account);
    const session = await this.credentials.createSession(candidate.id, this.config.sessionAbsoluteHours);
    return { session, userId: candidate.id };
  }

  logout(principal: Principal): Promise<void> {
    return principal.sessionTokenHash
      ? this.credentials.revokeSession(principal.sessionTokenHash)
      : Promise.resolve();
  }

  async me(userId: string): Promise<MeDto> {
    const user = await this.users.findEntity(userId);
    const unitName = user.unitId ? await this.units.findName(user.unitId) : null;
    const agent = user.role === 'agent' ? await this.agents.findProfile(user.id) : null;
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      preferredLanguage: user.preferredLanguage,
      unit: user.unitId && unitName !== null ? { id: user.unitId, name: unitName } : null,
      agent,
    };
  }

  async updateMe(changes: UpdateMeDto, actor: Actor): Promise<MeDto> {
    await this.users.updateProfile(actor.principal.userId, changes, actor);
    return this.me(actor.principal.userId);
  }

  /** Changes the password and ends every other session of the user. */
  async changePassword(currentPassword: string, newPassword: string, actor: Actor): Promise<void> {
    const user = await this.users.findEntity(actor.principal.userId);
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw new WrongCurrentPasswordError();
    }
    const passwordHash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await this.users.setPasswordHash(manager, user.id, passwordHash);
      await this.credentials.revokeSessionsOf(
        manager,
        user.id,
        actor.principal.sessionTokenHash ?? undefined,
      );
      await this.audit.record(manager, actor, {
        action: 'password_change',
        entityType: 'user',
        entityId: user.id,
      });
    });
  }

  /** Sets the password through a one-time link; every existing session of the user ends. */
  async setUpPassword(token: string, password: string, requestId: string | null): Promise<void> {
    const passwordHash = await this.hasher.hash(password);
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.credentials.consumePasswordSetup(manager, token);
      if (!userId) {
        throw new PasswordSetupTokenInvalidError();
      }
      await this.users.setPasswordHash(manager, userId, passwordHash);
      await this.credentials.revokeSessionsOf(manager, userId);
      const user = await this.users.findEntity(userId);
      const actor: Actor = {
        principal: { ...this.principalOf(user), authMethod: 'token', sessionTokenHash: null },
        requestId,
      };
      await this.audit.record(manager, actor, {
        action: 'password_setup',
        entityType: 'user',
        entityId: userId,
      });
    });
  }

  async listTokens(userId: string): Promise<ApiTokenDto[]> {
    return (await this.credentials.listApiTokens(userId)).map((token) => ({
      id: token.id,
      name: token.name,
      prefix: token.prefix,
      createdAt: token.createdAt.toISOString(),
      expiresAt: token.expiresAt.toISOString(),
      lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    }));
  }

  async createToken(name: string, expiresInDays: number, actor: Actor): Promise<CreatedApiTokenDto> {
    return this.dataSource.transaction(async (manager) => {
      const { token, entity } = await this.credentials.createApiToken(
        manager,
        actor.principal.userId,
        name,
        expiresInDays,
      );
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'api_token',
        entityId: entity.id,
        changes: {
          name: { old: null, new: name },
          expiresAt: { old: null, new: entity.expiresAt.toISOString() },
        },
      });
      return {
        id: entity.id,
        name: entity.name,
        prefix: entity.prefix,
        createdAt: entity.createdAt.toISOString(),
        expiresAt: entity.expiresAt.toISOString(),
        lastUsedAt: null,
        token,
      };
    });
  }

  async revokeToken(id: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const revoked = await this.credentials.revokeApiToken(manager, actor.principal.userId, id);
      if (!revoked) {
        throw new RecordNotFoundError('API token', id);
      }
      await this.audit.record(manager, actor, { action: 'revoke', entityType: 'api_token', entityId: id });
    });
  }

  private principalOf(user: {
    id: string;
    role: Principal['role'];
    email: string;
    displayName: string;
    preferredLanguage: Principal['preferredLanguage'];
    unitId: string | null;
  }): Omit<Principal, 'authMethod' | 'sessionTokenHash'> {
    return {
      userId: user.id,
      role: user.role,
      email: user.email,
      displayName: user.displayName,
      preferredLanguage: user.preferredLanguage,
      unitId: user.unitId,
      regionCodes: [],
    };
  }
}
