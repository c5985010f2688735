import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, IsNull, MoreThan, Not, Repository } from 'typeorm';
import { ApiTokenEntity } from './api-token.entity';
import { PasswordSetupTokenEntity } from './password-setup-token.entity';
import { hashSecret, newSecret } from './secret-tokens';
import { SessionEntity } from './session.entity';

export const API_TOKEN_PREFIX = 'crm_';
const PASSWORD_SETUP_VALIDITY_DAYS = 7;
const DAY_MS = 86_400_000;

export interface NewSession {
  /** The cookie value; never stored. */
  readonly token: string;
  readonly tokenHash: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

/** Sessions, personal API tokens and one-time password links: created, found by secret, revoked. */
@Injectable()
export class CredentialsService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(ApiTokenEntity) private readonly apiTokens: Repository<ApiTokenEntity>,
    @InjectRepository(PasswordSetupTokenEntity)
    private readonly setupTokens: Repository<PasswordSetupTokenEntity>,
  ) {}

  async createSession(userId: string, absoluteHours: number): Promise<NewSession> {
    const token = newSecret();
    const now = new Date();
    const session = {
      tokenHash: hashSecret(token),
      csrfToken: newSecret(),
      expiresAt: new Date(now.getTime() + absoluteHours * 3_600_000),
    };
    await this.sessions.insert({ ...session, userId, lastSeenAt: now });
    return { token, ...session };
  }

  async revokeSession(tokenHash: string): Promise<void> {
    await this.sessions.update({ tokenHash, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Ends every session of the user except `keepTokenHash` (the caller's own, on a password change). */
  async revokeSessionsOf(manager: EntityManager, userId: string, keepTokenHash?: string): Promise<void> {
    await manager.update(
      SessionEntity,
      { userId, revokedAt: IsNull(), ...(keepTokenHash ? { tokenHash: Not(keepTokenHash) } : {}) },
      { revokedAt: new Date() },
    );
  }

  /** Ends every session and API token of the user (deactivation). */
  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await this.revokeSessionsOf(manager, userId);
    await manager.update(ApiTokenEntity, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  listApiTokens(userId: string): Promise<ApiTokenEntity[]> {
    return this.apiTokens.find({ where: { userId, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  async createApiToken(
    manager: EntityManager,
    userId: string,
    name: string,
    expiresInDays: number,
  ): Promise<{ token: string; entity: ApiTokenEntity }> {
    const token = newSecret(API_TOKEN_PREFIX);
    const entity = manager.create(ApiTokenEntity, {
      userId,
      name,
      tokenHash: hashSecret(token),
      prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
      expiresAt: new Date(Date.now() + expiresInDays * DAY_MS),
    });
    return { token, entity: await manager.save(entity) };
  }

  /** Revokes one of the user's own tokens; false when there is no such live token. */
  async revokeApiToken(manager: EntityManager, userId: string, id: string): Promise<ApiTokenEntity | null> {
    const token = await manager.findOneBy(ApiTokenEntity, { id, userId, revokedAt: IsNull() });
    if (!token) {
      return null;
    }
    token.revokedAt = new Date();
    return manager.save(token);
  }

  /** A new one-time password link secret for the user; earlier unused links stop working. */
  async issuePasswordSetup(manager: EntityManager, userId: string): Promise<string> {
    const token = newSecret();
    await manager.update(PasswordSetupTokenEntity, { userId, usedAt: IsNull() }, { usedAt: new Date() });
    await manager.insert(PasswordSetupTokenEntity, {
      userId,
      tokenHash: hashSecret(token),
      expiresAt: new Date(Date.now() + PASSWORD_SETUP_VALIDITY_DAYS * DAY_MS),
    });
    return token;
  }

  /** Marks a valid, unused, unexpired link as used and returns its user; null when it is not valid. */
  async consumePasswordSetup(manager: EntityManager, token: string): Promise<string | null> {
    const setup = await manager.findOne(PasswordSetupTokenEntity, {
      where: { tokenHash: hashSecret(token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!setup) {
      return null;
    }
    setup.usedAt = new Date();
    await manager.save(setup);
    return setup.userId;
  }
}
