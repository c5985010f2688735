import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, Repository, type SelectQueryBuilder } from 'typeorm';
import { AuditService, diffFields } from '../audit/audit.service';
import type { AccessScope } from '../common/auth/access-scope';
import { StaleVersionError } from '../common/auth/auth-errors';
import type { Actor } from '../common/auth/principal';
import { RecordNotFoundError, ValidationFailedError } from '../common/errors/domain-error';
import type { Page } from '../common/pagination/page.dto';
import { parseSort } from '../common/pagination/sort';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { RegionsService } from '../regions/regions.service';
import { type UnitDto, type UnitTypeaheadItemDto, toUnitDto } from './dto/unit.dto';
import type { UNIT_SORT_FIELDS, UnitListQueryDto, UnitTypeaheadQueryDto } from './dto/unit-list-query.dto';
import type { CreateUnitDto, UpdateUnitDto } from './dto/unit-requests.dto';
import { isRegionWritable, whereUnitInScope } from './unit-scope';
import { UnitEntity } from './unit.entity';
import { BusinessIdTakenError, OutOfScopeError } from './units.errors';
import { unitTypeahead } from './unit-typeahead.queries';
import { unitHasHistory } from './units.queries';
import { escapeLike } from '../common/sql/like';
import { helsinkiDate } from '../common/time/helsinki-date';
import { unitReachedInPeriodSql } from './unit-reach.sql';

type UnitSortField = (typeof UNIT_SORT_FIELDS)[number];

const sortExpressions: Record<UnitSortField, string> = {
  name: 'unit.name_fi COLLATE "fi-FI-x-icu"',
  businessId: 'unit.businessId',
  regionCode: 'unit.regionCode',
  estimatedAnnualSpend: 'unit.estimatedAnnualSpend',
  updatedAt: 'unit.updatedAt',
};

export type UnitFilters = Omit<UnitListQueryDto, 'page' | 'pageSize' | 'offset'>;

/** The fields of a unit that the audit trail records. */
function auditedFields(unit: UnitEntity): Record<string, unknown> {
  return {
    nameFi: unit.nameFi,
    nameSv: unit.nameSv,
    businessId: unit.businessId,
    type: unit.type,
    municipalityCode: unit.municipalityCode,
    regionCode: unit.regionCode,
    estimatedAnnualSpend: unit.estimatedAnnualSpend,
    website: unit.website,
    isActive: unit.isActive,
  };
}

@Injectable()
export class UnitsService {
  constructor(
    @InjectRepository(UnitEntity) private readonly units: Repository<UnitEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
  ) {}

  /** The filtered, scoped, sorted query behind the list and the exports. */
  filteredQuery(filters: UnitFilters, scope: AccessScope): SelectQueryBuilder<UnitEntity> {
    const builder = whereUnitInScope(this.units.createQueryBuilder('unit'), 'unit', scope);
    if (filters.regionCode) {
      builder.andWhere('unit.regionCode = :regionCode', { regionCode: filters.regionCode });
    }
    if (filters.type) {
      builder.andWhere('unit.type = :type', { type: filters.type });
    }
    if (filters.isActive !== undefined) {
      builder.andWhere('unit.isActive = :isActive', { isActive: filters.isActive });
    }
    if (filters.reached !== undefined) {
      const today = helsinkiDate();
      const from = filters.from ?? `${today.slice(0, 4)}-01-01`;
      const to = filters.to ?? today;
      builder.andWhere(
        `${filters.reached ? '' : 'NOT '}${unitReachedInPeriodSql('unit.id', 'CAST(:reachFrom AS date)', 'CAST(:reachTo AS date)')}`,
        { reachFrom: from, reachTo: to },
      );
    }
    const q = filters.q?.trim();
    if (q) {
      // Trigram word similarity forgives typos ("helsingn"); a business ID matches by its start.
      builder.andWhere(
        '(unit.business_id LIKE :businessIdPrefix OR :q <% unit.name_fi OR :q <% unit.name_sv)',
        {
          businessIdPrefix: `${escapeLike(q)}%`,
          q,
        },
      );
    }
    if (filters.sort) {
      const { field, direction } = parseSort<UnitSortField>(filters.sort);
      builder.orderBy(sortExpressions[field], direction, direction === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST');
    } else if (q) {
      // Nearest names first, read in index order (GiST KNN): no scoring of every match.
      return builder.orderBy('unit.name_fi <->> :q', 'ASC');
    } else {
      builder.orderBy(sortExpressions.name, 'ASC');
    }
    return builder.addOrderBy('unit.id', 'ASC');
  }

  async list(query: UnitListQueryDto, scope: AccessScope): Promise<Page<UnitDto>> {
    const [rows, total] = await this.filteredQuery(query, scope)
      .offset(query.offset)
      .limit(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toUnitDto), total, page: query.page, pageSize: query.pageSize };
  }

  /** Search-as-you-type: best matches first, no total (no COUNT over a large table on every keystroke). */
  async typeahead(query: UnitTypeaheadQueryDto, scope: AccessScope): Promise<UnitTypeaheadItemDto[]> {
    const q = query.q.trim();
    return q ? unitTypeahead(this.dataSource, q, query.limit, scope) : [];
  }

  async get(id: string, scope: AccessScope): Promise<UnitDto> {
    return toUnitDto(await this.findInScope(this.units.manager, id, scope));
  }

  async create(request: CreateUnitDto, actor: Actor, scope: AccessScope): Promise<UnitDto> {
    const regionCode = await this.resolveRegion(request.municipalityCode ?? null, request.regionCode);
    if (!isRegionWritable(scope, regionCode)) {
      throw new OutOfScopeError(request.regionCode ? 'regionCode' : 'municipalityCode', regionCode);
    }
    const unit = await this.dataSource.transaction(async (manager) => {
      await this.assertBusinessIdFree(manager, request.businessId);
      const created = await manager.save(
        manager.create(UnitEntity, {
          nameFi: request.nameFi,
          nameSv: request.nameSv || null,
          businessId: request.businessId,
          type: request.type,
          municipalityCode: request.municipalityCode ?? null,
          regionCode,
          estimatedAnnualSpend: request.estimatedAnnualSpend ?? null,
          website: request.website ?? null,
          isActive: request.isActive ?? true,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'unit',
        entityId: created.id,
        changes: diffFields({}, auditedFields(created)),
      });
      return created;
    });
    return toUnitDto(unit);
  }

  async update(id: string, changes: UpdateUnitDto, actor: Actor, scope: AccessScope): Promise<UnitDto> {
    const unit = await this.dataSource.transaction(async (manager) => {
      const current = await this.findInScope(manager, id, scope, true);
      if (current.version !== changes.version) {
        throw new StaleVersionError('unit');
      }
      const before = auditedFields(current);
      const municipalityCode =
        changes.municipalityCode === undefined ? current.municipalityCode : changes.municipalityCode;
      const regionCode =
        changes.municipalityCode !== undefined || changes.regionCode !== undefined
          ? await this.resolveRegion(municipalityCode, changes.regionCode)
          : current.regionCode;
      if (!isRegionWritable(scope, regionCode)) {
        throw new OutOfScopeError(changes.regionCode ? 'regionCode' : 'municipalityCode', regionCode);
      }
      if (changes.businessId && changes.businessId !== current.businessId) {
        await this.assertBusinessIdFree(manager, changes.businessId);
      }
      Object.assign(current, {
        nameFi: changes.nameFi ?? current.nameFi,
        nameSv: changes.nameSv === undefined ? current.nameSv : changes.nameSv || null,
        businessId: changes.businessId ?? current.businessId,
        type: changes.type ?? current.type,
        municipalityCode,
        regionCode,
        estimatedAnnualSpend:
          changes.estimatedAnnualSpend === undefined
            ? current.estimatedAnnualSpend
            : changes.estimatedAnnualSpend,
        website: changes.website === undefined ? current.website : changes.website,
        isActive: changes.isActive ?? current.isActive,
      });
      const saved = await manager.save(current);
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'unit',
        entityId: id,
        changes: diffFields(before, auditedFields(saved)),
      });
      return saved;
    });
    return toUnitDto(unit);
  }

  /** Deletes a unit without history; one with contacts or work records is deactivated instead. */
  async remove(id: string, actor: Actor, scope: AccessScope): Promise<{ deactivated: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const unit = await this.findInScope(manager, id, scope, true);
      if (await unitHasHistory(manager, id)) {
        const before = auditedFields(unit);
        unit.isActive = false;
        await manager.save(unit);
        await this.audit.record(manager, actor, {
          action: 'update',
          entityType: 'unit',
          entityId: id,
          changes: diffFields(before, auditedFields(unit)),
        });
        return { deactivated: true };
      }
      await manager.delete(UnitEntity, { id });
      await this.audit.record(manager, actor, {
        action: 'delete',
        entityType: 'unit',
        entityId: id,
        changes: diffFields(auditedFields(unit), {}),
      });
      return { deactivated: false };
    });
  }

  /** The unit's Finnish name, or null when there is no such unit (no scope: for account administration). */
  async findName(id: string): Promise<string | null> {
    const unit = await this.units.findOne({ where: { id }, select: { id: true, nameFi: true } });
    return unit?.nameFi ?? null;
  }

  /** The unit if the scope may see it; 404 otherwise, whether or not it exists elsewhere. */
  async findInScope(
    manager: EntityManager,
    id: string,
    scope: AccessScope,
    forUpdate = false,
  ): Promise<UnitEntity> {
    const builder = whereUnitInScope(manager.createQueryBuilder(UnitEntity, 'unit'), 'unit', scope).andWhere(
      'unit.id = :id',
      { id },
    );
    const unit = await (forUpdate ? builder.setLock('pessimistic_write') : builder).getOne();
    if (!unit) {
      throw new RecordNotFoundError('unit', id);
    }
    return unit;
  }

  private async resolveRegion(
    municipalityCode: string | null,
    explicitRegion: string | undefined,
  ): Promise<string> {
    if (municipalityCode) {
      const municipality = await this.municipalities.find(municipalityCode);
      if (!municipality) {
        throw new ValidationFailedError([
          {
            field: 'municipalityCode',
            code: 'unknownMunicipality',
            message: `No municipality ${municipalityCode}`,
          },
        ]);
      }
      if (!explicitRegion) {
        return municipality.regionCode;
      }
    }
    if (!explicitRegion) {
      throw new ValidationFailedError([
        { field: 'regionCode', code: 'required', message: 'Give a municipality or a region' },
      ]);
    }
    if (!(await this.regions.exists(explicitRegion))) {
      throw new ValidationFailedError([
        { field: 'regionCode', code: 'unknownRegion', message: `No region ${explicitRegion}` },
      ]);
    }
    return explicitRegion;
  }

  private async assertBusinessIdFree(manager: EntityManager, businessId: string): Promise<void> {
    const existing = await manager.findOne(UnitEntity, {
      where: { businessId },
      select: { id: true, nameFi: true },
    });
    if (existing) {
      throw new BusinessIdTakenError(existing, businessId);
    }
  }
}
