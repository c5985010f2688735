import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { RecordNotFoundError } from '../common/errors/domain-error';
import type { Page } from '../common/pagination/page.dto';
import { parseSort } from '../common/pagination/sort';
import { type RegionDto, toRegionDto } from './dto/region.dto';
import type { REGION_SORT_FIELDS, RegionListQueryDto } from './dto/region-list-query.dto';
import { RegionEntity } from './region.entity';

const nameColumns = { fi: 'nameFi', sv: 'nameSv', en: 'nameEn' } as const;

@Injectable()
export class RegionsService {
  constructor(@InjectRepository(RegionEntity) private readonly regions: Repository<RegionEntity>) {}

  async list(query: RegionListQueryDto): Promise<Page<RegionDto>> {
    const { field, direction } = parseSort<(typeof REGION_SORT_FIELDS)[number]>(query.sort);
    const column = field === 'name' ? nameColumns[query.lang] : 'code';
    const [rows, total] = await this.regions.findAndCount({
      order: { [column]: direction, code: 'ASC' },
      skip: query.offset,
      take: query.pageSize,
    });
    return { items: rows.map(toRegionDto), total, page: query.page, pageSize: query.pageSize };
  }

  async get(code: string): Promise<RegionDto> {
    const region = await this.regions.findOneBy({ code });
    if (!region) {
      throw new RecordNotFoundError('region', code);
    }
    return toRegionDto(region);
  }
}
