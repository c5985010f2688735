import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { RecordNotFoundError } from '../common/errors/domain-error';
import type { Page } from '../common/pagination/page.dto';
import { parseSort } from '../common/pagination/sort';
import { type RegionDto, toRegionDto } from './dto/region.dto';
import type { REGION_SORT_FIELDS, RegionListQueryDto } from './dto/region-list-query.dto';
import { RegionEntity } from './region.entity';

// Names sort by the alphabet of their language: in Swedish and Finnish, Å, Ä and Ö come after Z.
const nameSortExpressions = {
  fi: 'region.name_fi COLLATE "fi-FI-x-icu"',
  sv: 'region.name_sv COLLATE "sv-FI-x-icu"',
  en: 'region.name_en COLLATE "en-x-icu"',
} as const;

@Injectable()
export class RegionsService {
  constructor(@InjectRepository(RegionEntity) private readonly regions: Repository<RegionEntity>) {}

  async list(query: RegionListQueryDto): Promise<Page<RegionDto>> {
    const { field, direction } = parseSort<(typeof REGION_SORT_FIELDS)[number]>(query.sort);
    const builder = this.regions.createQueryBuilder('region');
    if (field === 'name') {
      builder.orderBy(nameSortExpressions[query.lang], direction).addOrderBy('region.code', 'ASC');
    } else {
      builder.orderBy('region.code', direction);
    }
    const [rows, total] = await builder.offset(query.offset).limit(query.pageSize).getManyAndCount();
    return { items: rows.map(toRegionDto), total, page: query.page, pageSize: query.pageSize };
  }

  /** Whether a region has the code. */
  exists(code: string): Promise<boolean> {
    return this.regions.existsBy({ code });
  }

  async get(code: string): Promise<RegionDto> {
    const region = await this.regions.findOneBy({ code });
    if (!region) {
      throw new RecordNotFoundError('region', code);
    }
    return toRegionDto(region);
  }
}
