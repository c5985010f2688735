import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, QueryFailedError, Repository } from 'typeorm';
import { AuditService, diffFields } from '../audit/audit.service';
import { StaleVersionError } from '../common/auth/auth-errors';
import type { Actor } from '../common/auth/principal';
import { RecordNotFoundError, ValidationFailedError } from '../common/errors/domain-error';
import type { Page } from '../common/pagination/page.dto';
import { helsinkiDate } from '../common/time/helsinki-date';
import { AgentRegionAssignmentEntity } from './agent-region-assignment.entity';
import { AgentEntity } from './agent.entity';
import { AssignmentOverlapError } from './agents.errors';
import type { AgentDto } from './dto/agent.dto';
import type {
  AgentListQueryDto,
  AssignmentListQueryDto,
  CreateAssignmentDto,
  UpdateAgentDto,
  UpdateAssignmentDto,
} from './dto/agent-requests.dto';
import type { AssignmentDto } from './dto/assignment.dto';
import { escapeLike } from '../common/sql/like';
import { assignmentCoversSql } from './assignment-period.sql';

export interface AgentProfile {
  hostOrganisation: string;
  monthlyCapacityHours: number;
}

const EXCLUSION_VIOLATION = '23P01';
const FOREIGN_KEY_VIOLATION = '23503';

// Regions an agent covers today, as a correlated subquery on `agent`.
const CURRENT_REGION_CODES_SQL = `ARRAY(
  SELECT a.region_code::text FROM agent_region_assignments a
  WHERE a.agent_user_id = agent.user_id AND ${assignmentCoversSql('a')}
  ORDER BY a.region_code)`;

function isCurrent(assignment: { validFrom: string; validTo: string | null }, today: string): boolean {
  return assignment.validFrom <= today && (assignment.validTo === null || assignment.validTo >= today);
}

function hasPostgresCode(error: unknown, code: string): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === code;
}

@Injectable()
export class AgentsService {
  constructor(
    @InjectRepository(AgentEntity) private readonly agents: Repository<AgentEntity>,
    @InjectRepository(AgentRegionAssignmentEntity)
    private readonly assignments: Repository<AgentRegionAssignmentEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The agent part of a new (or newly agent) user, written in the caller's transaction and audit event. */
  async createProfile(manager: EntityManager, userId: string, profile: AgentProfile): Promise<void> {
    await manager.insert(AgentEntity, { userId, ...profile });
  }

  async hasProfile(manager: EntityManager, userId: string): Promise<boolean> {
    return manager.exists(AgentEntity, { where: { userId } });
  }

  async findProfile(userId: string): Promise<(AgentProfile & { regionCodes: string[] }) | null> {
    const row = await this.agents
      .createQueryBuilder('agent')
      .select(['agent.hostOrganisation', 'agent.monthlyCapacityHours'])
      .addSelect(CURRENT_REGION_CODES_SQL, 'region_codes')
      .where('agent.userId = :userId', { userId })
      .getRawAndEntities();
    const agent = row.entities[0];
    if (!agent) {
      return null;
    }
    return {
      hostOrganisation: agent.hostOrganisation,
      monthlyCapacityHours: agent.monthlyCapacityHours,
      regionCodes: (row.raw[0] as { region_codes: string[] }).region_codes,
    };
  }

  async list(query: AgentListQueryDto): Promise<Page<AgentDto>> {
    const builder = this.agents
      .createQueryBuilder('agent')
      .innerJoinAndSelect('agent.user', 'user')
      .addSelect(CURRENT_REGION_CODES_SQL, 'region_codes');
    if (query.q) {
      const words = `%${escapeLike(query.q)}%`;
      builder.andWhere('(user.displayName ILIKE :words OR user.email ILIKE :words)', { words });
    }
    if (query.isActive !== undefined) {
      builder.andWhere('user.isActive = :isActive', { isActive: query.isActive });
    }
    if (query.regionCode) {
      builder.andWhere(`:regionCode = ANY(${CURRENT_REGION_CODES_SQL})`, { regionCode: query.regionCode });
    }
    const total = await builder.getCount();
    const { entities, raw } = await builder
      .orderBy('user.display_name COLLATE "fi-FI-x-icu"', 'ASC')
      .addOrderBy('agent.userId', 'ASC')
      .offset(query.offset)
      .limit(query.pageSize)
      .getRawAndEntities();
    const regionCodesById = new Map(
      (raw as { agent_user_id: string; region_codes: string[] }[]).map((row) => [
        row.agent_user_id,
        row.region_codes,
      ]),
    );
    return {
      items: entities.map((agent) => this.toDto(agent, regionCodesById.get(agent.userId) ?? [])),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(userId: string): Promise<AgentDto> {
    const agent = await this.agents.findOne({ where: { userId }, relations: { user: true } });
    if (!agent) {
      throw new RecordNotFoundError('agent', userId);
    }
    const assignments = await this.listAssignments({
      agentUserId: userId,
      page: 1,
      pageSize: 100,
      offset: 0,
    });
    const today = helsinkiDate();
    return {
      ...this.toDto(
        agent,
        assignments.items
          .filter((assignment) => isCurrent(assignment, today))
          .map((assignment) => assignment.regionCode)
          .sort(),
      ),
      assignments: assignments.items,
    };
  }

  async update(userId: string, changes: UpdateAgentDto, actor: Actor): Promise<AgentDto> {
    await this.dataSource.transaction(async (manager) => {
      const agent = await manager.findOne(AgentEntity, {
        where: { userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!agent) {
        throw new RecordNotFoundError('agent', userId);
      }
      if (agent.version !== changes.version) {
        throw new StaleVersionError('agent');
      }
      const before = {
        hostOrganisation: agent.hostOrganisation,
        monthlyCapacityHours: agent.monthlyCapacityHours,
      };
      agent.hostOrganisation = changes.hostOrganisation ?? agent.hostOrganisation;
      agent.monthlyCapacityHours = changes.monthlyCapacityHours ?? agent.monthlyCapacityHours;
      await manager.save(agent);
      const diff = diffFields(before, {
        hostOrganisation: agent.hostOrganisation,
        monthlyCapacityHours: agent.monthlyCapacityHours,
      });
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'agent',
        entityId: userId,
        changes: diff,
      });
    });
    return this.get(userId);
  }

  async createAssignment(
    agentUserId: string,
    request: CreateAssignmentDto,
    actor: Actor,
  ): Promise<AssignmentDto> {
    const validTo = request.validTo ?? null;
    this.assertPeriod(request.validFrom, validTo);
    const id = await this.writeAssignment(request.regionCode, request.validFrom, validTo, async (manager) => {
      if (!(await manager.exists(AgentEntity, { where: { userId: agentUserId } }))) {
        throw new RecordNotFoundError('agent', agentUserId);
      }
      const created = await manager.save(
        manager.create(AgentRegionAssignmentEntity, {
          agentUserId,
          regionCode: request.regionCode,
          validFrom: request.validFrom,
          validTo,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'assignment',
        entityId: created.id,
        changes: diffFields(
          {},
          { agentUserId, regionCode: request.regionCode, validFrom: request.validFrom, validTo },
        ),
      });
      return created.id;
    });
    return this.getAssignment(id);
  }

  async updateAssignment(id: string, changes: UpdateAssignmentDto, actor: Actor): Promise<AssignmentDto> {
    const existing = await this.assignments.findOneBy({ id });
    if (!existing) {
      throw new RecordNotFoundError('assignment', id);
    }
    const validFrom = changes.validFrom ?? existing.validFrom;
    const validTo = changes.validTo === undefined ? existing.validTo : changes.validTo;
    this.assertPeriod(validFrom, validTo);
    await this.writeAssignment(existing.regionCode, validFrom, validTo, async (manager) => {
      const assignment = await manager.findOne(AgentRegionAssignmentEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!assignment) {
        throw new RecordNotFoundError('assignment', id);
      }
      const before = { validFrom: assignment.validFrom, validTo: assignment.validTo };
      assignment.validFrom = validFrom;
      assignment.validTo = validTo;
      await manager.save(assignment);
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'assignment',
        entityId: id,
        changes: diffFields(before, { validFrom, validTo }),
      });
      return id;
    });
    return this.getAssignment(id);
  }

  async removeAssignment(id: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const assignment = await manager.findOneBy(AgentRegionAssignmentEntity, { id });
      if (!assignment) {
        throw new RecordNotFoundError('assignment', id);
      }
      await manager.delete(AgentRegionAssignmentEntity, { id });
      await this.audit.record(manager, actor, {
        action: 'delete',
        entityType: 'assignment',
        entityId: id,
        changes: diffFields(
          {
            agentUserId: assignment.agentUserId,
            regionCode: assignment.regionCode,
            validFrom: assignment.validFrom,
            validTo: assignment.validTo,
          },
          {},
        ),
      });
    });
  }

  async listAssignments(query: AssignmentListQueryDto): Promise<Page<AssignmentDto>> {
    const builder = this.assignments
      .createQueryBuilder('assignment')
      .innerJoin('assignment.agent', 'agent')
      .innerJoin('agent.user', 'user')
      .addSelect('user.displayName', 'agent_display_name');
    if (query.regionCode) {
      builder.andWhere('assignment.regionCode = :regionCode', { regionCode: query.regionCode });
    }
    if (query.agentUserId) {
      builder.andWhere('assignment.agentUserId = :agentUserId', { agentUserId: query.agentUserId });
    }
    const total = await builder.getCount();
    const { entities, raw } = await builder
      .orderBy('assignment.validFrom', 'DESC')
      .addOrderBy('assignment.regionCode', 'ASC')
      .offset(query.offset)
      .limit(query.pageSize)
      .getRawAndEntities();
    const names = new Map(
      (raw as { assignment_id: string; agent_display_name: string }[]).map((row) => [
        row.assignment_id,
        row.agent_display_name,
      ]),
    );
    const today = helsinkiDate();
    return {
      items: entities.map((assignment) =>
        this.toAssignmentDto(assignment, names.get(assignment.id) ?? '', today),
      ),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  private async getAssignment(id: string): Promise<AssignmentDto> {
    const assignment = await this.assignments.findOne({
      where: { id },
      relations: { agent: { user: true } },
    });
    if (!assignment) {
      throw new RecordNotFoundError('assignment', id);
    }
    return this.toAssignmentDto(assignment, assignment.agent?.user?.displayName ?? '', helsinkiDate());
  }

  private assertPeriod(validFrom: string, validTo: string | null): void {
    if (validTo !== null && validTo < validFrom) {
      throw new ValidationFailedError([
        { field: 'validTo', code: 'notBeforeValidFrom', message: 'validTo must not be before validFrom' },
      ]);
    }
  }

  /** Runs an assignment write, turning PostgreSQL's overlap and unknown-region refusals into clear errors. */
  private async writeAssignment(
    regionCode: string,
    validFrom: string,
    validTo: string | null,
    write: (manager: EntityManager) => Promise<string>,
  ): Promise<string> {
    try {
      return await this.dataSource.transaction(write);
    } catch (error) {
      if (hasPostgresCode(error, EXCLUSION_VIOLATION)) {
        throw new AssignmentOverlapError(await this.describeOverlap(regionCode, validFrom, validTo));
      }
      if (hasPostgresCode(error, FOREIGN_KEY_VIOLATION)) {
        throw new ValidationFailedError([
          { field: 'regionCode', code: 'unknownRegion', message: `No region ${regionCode}` },
        ]);
      }
      throw error;
    }
  }

  private async describeOverlap(
    regionCode: string,
    validFrom: string,
    validTo: string | null,
  ): Promise<string> {
    const conflict = await this.assignments
      .createQueryBuilder('assignment')
      .innerJoinAndSelect('assignment.agent', 'agent')
      .innerJoinAndSelect('agent.user', 'user')
      .where('assignment.regionCode = :regionCode', { regionCode })
      .andWhere(
        `daterange(assignment.valid_from, assignment.valid_to, '[]') && daterange(:validFrom, :validTo, '[]')`,
        {
          validFrom,
          validTo,
        },
      )
      .orderBy('assignment.validFrom', 'ASC')
      .getOne();
    if (!conflict) {
      return `Region ${regionCode} already has an agent in that period.`;
    }
    return `Region ${regionCode} is covered by ${conflict.agent?.user?.displayName ?? 'another agent'} from ${conflict.validFrom}${
      conflict.validTo ? ` to ${conflict.validTo}` : ' onwards'
    }; a region has one agent at a time.`;
  }

  private toDto(agent: AgentEntity, regionCodes: string[]): AgentDto {
    return {
      userId: agent.userId,
      displayName: agent.user?.displayName ?? '',
      email: agent.user?.email ?? '',
      isActive: agent.user?.isActive ?? false,
      hostOrganisation: agent.hostOrganisation,
      monthlyCapacityHours: agent.monthlyCapacityHours,
      regionCodes,
      version: agent.version,
    };
  }

  private toAssignmentDto(
    assignment: AgentRegionAssignmentEntity,
    agentDisplayName: string,
    today: string,
  ): AssignmentDto {
    return {
      id: assignment.id,
      agentUserId: assignment.agentUserId,
      agentDisplayName,
      regionCode: assignment.regionCode,
      validFrom: assignment.validFrom,
      validTo: assignment.validTo,
      isCurrent: isCurrent(assignment, today),
    };
  }
}
