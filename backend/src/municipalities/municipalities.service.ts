import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { RecordNotFoundError } from '../common/errors/domain-error';
import type { Page } from '../common/pagination/page.dto';
import { parseSort } from '../common/pagination/sort';
import { type MunicipalityDto, toMunicipalityDto } from './dto/municipality.dto';
import type { MUNICIPALITY_SORT_FIELDS, MunicipalityListQueryDto } from './dto/municipality-list-query.dto';
import { MunicipalityEntity } from './municipality.entity';
import { escapeLike } from '../common/sql/like';

@Injectable()
export class MunicipalitiesService {
  constructor(
    @InjectRepository(MunicipalityEntity) private readonly municipalities: Repository<MunicipalityEntity>,
  ) {}

  async list(query: MunicipalityListQueryDto): Promise<Page<MunicipalityDto>> {
    const { field, direction } = parseSort<(typeof MUNICIPALITY_SORT_FIELDS)[number]>(query.sort);
    const builder = this.municipalities.createQueryBuilder('municipality');
    if (query.region) {
      builder.andWhere('municipality.regionCode = :region', { region: query.region });
    }
    if (query.q) {
      const prefix = `${escapeLike(query.q)}%`;
      builder.andWhere('(municipality.nameFi ILIKE :prefix OR municipality.nameSv ILIKE :prefix)', {
        prefix,
      });
    }
    const [rows, total] = await builder
      .orderBy(
        field === 'name' ? 'municipality.name_fi COLLATE "fi-FI-x-icu"' : 'municipality.code',
        direction,
      )
      .addOrderBy(field === 'name' ? 'municipality.code' : 'municipality.name_fi', 'ASC')
      .offset(query.offset)
      .limit(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toMunicipalityDto), total, page: query.page, pageSize: query.pageSize };
  }

  /** The municipality, or null when the code is unknown. */
  find(code: string): Promise<MunicipalityEntity | null> {
    return this.municipalities.findOneBy({ code });
  }

  async get(code: string): Promise<MunicipalityDto> {
    const municipality = await this.municipalities.findOneBy({ code });
    if (!municipality) {
      throw new RecordNotFoundError('municipality', code);
    }
    return toMunicipalityDto(municipality);
  }
}
