import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AccessScope } from '../common/auth/access-scope';
import { RecordNotFoundError } from '../common/errors/domain-error';
import type { Page } from '../common/pagination/page.dto';
import { type UnitDto, toUnitDto } from './dto/unit.dto';
import type { UnitListQueryDto } from './dto/unit-list-query.dto';
import { whereUnitInScope } from './unit-scope';
import { UnitEntity } from './unit.entity';

@Injectable()
export class UnitsService {
  constructor(@InjectRepository(UnitEntity) private readonly units: Repository<UnitEntity>) {}

  async list(query: UnitListQueryDto, scope: AccessScope): Promise<Page<UnitDto>> {
    const builder = whereUnitInScope(this.units.createQueryBuilder('unit'), 'unit', scope);
    if (query.regionCode) {
      builder.andWhere('unit.regionCode = :regionCode', { regionCode: query.regionCode });
    }
    if (query.q) {
      const escaped = query.q.replace(/[\\%_]/g, '\\$&');
      builder.andWhere(
        '(unit.nameFi ILIKE :words OR unit.nameSv ILIKE :words OR unit.businessId LIKE :prefix)',
        {
          words: `%${escaped}%`,
          prefix: `${escaped}%`,
        },
      );
    }
    const [rows, total] = await builder
      .orderBy('unit.name_fi COLLATE "fi-FI-x-icu"', 'ASC')
      .addOrderBy('unit.id', 'ASC')
      .offset(query.offset)
      .limit(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toUnitDto), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string, scope: AccessScope): Promise<UnitDto> {
    const unit = await whereUnitInScope(this.units.createQueryBuilder('unit'), 'unit', scope)
      .andWhere('unit.id = :id', { id })
      .getOne();
    if (!unit) {
      throw new RecordNotFoundError('unit', id);
    }
    return toUnitDto(unit);
  }

  /** The unit's Finnish name, or null when there is no such unit (no scope: for account administration). */
  async findName(id: string): Promise<string | null> {
    const unit = await this.units.findOne({ where: { id }, select: { id: true, nameFi: true } });
    return unit?.nameFi ?? null;
  }
}
