import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, QueryFailedError, Repository } from 'typeorm';
import { AgentsService } from '../agents/agents.service';
import { AuditService, diffFields } from '../audit/audit.service';
import { StaleVersionError } from '../common/auth/auth-errors';
import type { Actor } from '../common/auth/principal';
import type { Role } from '../common/auth/roles';
import { type FieldError, RecordNotFoundError, ValidationFailedError } from '../common/errors/domain-error';
import type { Page } from '../common/pagination/page.dto';
import { parseSort } from '../common/pagination/sort';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CredentialsService } from '../credentials/credentials.service';
import { MailService } from '../mail/mail.service';
import { passwordSetupEmail } from '../mail/templates/password-setup.email';
import { UnitsService } from '../units/units.service';
import { type UserDto, toUserDto } from './dto/user.dto';
import type {
  CreateUserDto,
  UpdateUserDto,
  USER_SORT_FIELDS,
  UserListQueryDto,
} from './dto/user-requests.dto';
import { UserEntity } from './user.entity';
import { EmailTakenError } from './users.errors';
import { escapeLike } from '../common/sql/like';

const UNIQUE_VIOLATION = '23505';

const sortColumns: Record<(typeof USER_SORT_FIELDS)[number], string> = {
  displayName: 'user.display_name COLLATE "fi-FI-x-icu"',
  email: 'user.email',
  createdAt: 'user.createdAt',
};

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface LoginCandidate {
  readonly id: string;
  readonly passwordHash: string | null;
  readonly isActive: boolean;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly agents: AgentsService,
    private readonly credentials: CredentialsService,
    private readonly units: UnitsService,
    private readonly mail: MailService,
  ) {}

  async list(query: UserListQueryDto): Promise<Page<UserDto>> {
    const builder = this.users.createQueryBuilder('user');
    if (query.q) {
      const words = `%${escapeLike(query.q)}%`;
      builder.andWhere('(user.displayName ILIKE :words OR user.email ILIKE :words)', { words });
    }
    if (query.role) {
      builder.andWhere('user.role = :role', { role: query.role });
    }
    if (query.isActive !== undefined) {
      builder.andWhere('user.isActive = :isActive', { isActive: query.isActive });
    }
    const { field, direction } = parseSort<(typeof USER_SORT_FIELDS)[number]>(query.sort);
    const [rows, total] = await builder
      .orderBy(sortColumns[field], direction)
      .addOrderBy('user.id', 'ASC')
      .offset(query.offset)
      .limit(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toUserDto), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<UserDto> {
    return toUserDto(await this.findEntity(id));
  }

  async create(request: CreateUserDto, actor: Actor): Promise<UserDto> {
    await this.assertRoleFields(request.role, request.unitId, request);
    const userId = await this.translateUniqueViolation(() =>
      this.dataSource.transaction(async (manager) => {
        const user = await manager.save(
          manager.create(UserEntity, {
            email: normaliseEmail(request.email),
            displayName: request.displayName,
            role: request.role,
            preferredLanguage: request.preferredLanguage,
            unitId: request.role === 'unit' ? (request.unitId ?? null) : null,
            isActive: true,
            passwordHash: null,
          }),
        );
        const profile =
          request.role === 'agent'
            ? {
                hostOrganisation: request.hostOrganisation ?? '',
                monthlyCapacityHours: request.monthlyCapacityHours ?? 0,
              }
            : undefined;
        if (profile) {
          await this.agents.createProfile(manager, user.id, profile);
        }
        await this.audit.record(manager, actor, {
          action: 'create',
          entityType: 'user',
          entityId: user.id,
          changes: diffFields({}, { ...this.auditedFields(user), ...profile }),
        });
        await this.sendPasswordSetup(manager, user);
        return user.id;
      }),
    );
    return this.get(userId);
  }

  async update(id: string, changes: UpdateUserDto, actor: Actor): Promise<UserDto> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) {
        throw new RecordNotFoundError('user', id);
      }
      if (user.version !== changes.version) {
        throw new StaleVersionError('user');
      }
      const role = changes.role ?? user.role;
      const unitId = role === 'unit' ? (changes.unitId ?? user.unitId ?? undefined) : undefined;
      await this.assertRoleFields(role, unitId, {});
      const before = this.auditedFields(user);
      user.displayName = changes.displayName ?? user.displayName;
      user.preferredLanguage = changes.preferredLanguage ?? user.preferredLanguage;
      user.role = role;
      user.unitId = unitId ?? null;
      user.isActive = changes.isActive ?? user.isActive;
      await manager.save(user);
      if (role === 'agent' && !(await this.agents.hasProfile(manager, id))) {
        await this.agents.createProfile(manager, id, { hostOrganisation: '', monthlyCapacityHours: 0 });
      }
      if (before.isActive && !user.isActive) {
        await this.credentials.revokeAllOf(manager, id);
      }
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'user',
        entityId: id,
        changes: diffFields(before, this.auditedFields(user)),
      });
    });
    return this.get(id);
  }

  /** A new one-time password link; earlier ones stop working. Logged until email delivery exists. */
  async issuePasswordSetup(id: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(UserEntity, { id });
      if (!user) {
        throw new RecordNotFoundError('user', id);
      }
      await this.audit.record(manager, actor, {
        action: 'password_link_issued',
        entityType: 'user',
        entityId: id,
      });
      await this.sendPasswordSetup(manager, user);
    });
  }

  async findForLogin(email: string): Promise<LoginCandidate | null> {
    return this.users.findOne({
      where: { email: normaliseEmail(email) },
      select: { id: true, passwordHash: true, isActive: true },
    });
  }

  async findEntity(id: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id });
    if (!user) {
      throw new RecordNotFoundError('user', id);
    }
    return user;
  }

  /** Stores a new password hash (the caller audits and revokes sessions in the same transaction). */
  async setPasswordHash(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager.update(UserEntity, { id }, { passwordHash });
  }

  async updateProfile(
    id: string,
    changes: { displayName?: string; preferredLanguage?: UserEntity['preferredLanguage'] },
    actor: Actor,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) {
        throw new RecordNotFoundError('user', id);
      }
      const before = this.auditedFields(user);
      user.displayName = changes.displayName ?? user.displayName;
      user.preferredLanguage = changes.preferredLanguage ?? user.preferredLanguage;
      await manager.save(user);
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'user',
        entityId: id,
        changes: diffFields(before, this.auditedFields(user)),
      });
    });
  }

  private auditedFields(user: UserEntity): Record<string, unknown> {
    return {
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      preferredLanguage: user.preferredLanguage,
      isActive: user.isActive,
      unitId: user.unitId,
    };
  }

  private async assertRoleFields(
    role: Role,
    unitId: string | undefined,
    agentFields: { hostOrganisation?: string; monthlyCapacityHours?: number },
  ): Promise<void> {
    const errors: FieldError[] = [];
    if (role === 'unit' && !unitId) {
      errors.push({
        field: 'unitId',
        code: 'required',
        message: 'A unit user must belong to a contracting unit',
      });
    }
    if (role === 'unit' && unitId && (await this.units.findName(unitId)) === null) {
      errors.push({ field: 'unitId', code: 'unknownUnit', message: 'No contracting unit with this id' });
    }
    if (role !== 'unit' && unitId) {
      errors.push({ field: 'unitId', code: 'onlyForUnitUsers', message: 'Only unit users belong to a unit' });
    }
    if (
      role !== 'agent' &&
      (agentFields.hostOrganisation !== undefined || agentFields.monthlyCapacityHours !== undefined)
    ) {
      errors.push({
        field: 'hostOrganisation',
        code: 'onlyForAgents',
        message: 'Only agents have a host organisation',
      });
    }
    if (errors.length > 0) {
      throw new ValidationFailedError(errors);
    }
  }

  private async translateUniqueViolation<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
      ) {
        throw new EmailTakenError();
      }
      throw error;
    }
  }

  /** A new one-time link, emailed in the user's language with the change that caused it. */
  private async sendPasswordSetup(manager: EntityManager, user: UserEntity): Promise<void> {
    const token = await this.credentials.issuePasswordSetup(manager, user.id);
    const email = passwordSetupEmail(user.preferredLanguage, {
      displayName: user.displayName,
      link: `${this.config.publicBaseUrl}/password-setup?token=${token}`,
    });
    await this.mail.enqueue(
      manager,
      'password_setup',
      { address: user.email, name: user.displayName, language: user.preferredLanguage },
      email,
    );
  }
}
