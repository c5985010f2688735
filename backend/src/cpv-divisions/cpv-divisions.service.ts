import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Page } from '../common/pagination/page.dto';
import { CpvDivisionEntity } from './cpv-division.entity';
import { type CpvDivisionDto, toCpvDivisionDto } from './dto/cpv-division.dto';
import type { CpvDivisionListQueryDto } from './dto/cpv-division-list-query.dto';
import { escapeLike } from '../common/sql/like';

@Injectable()
export class CpvDivisionsService {
  constructor(
    @InjectRepository(CpvDivisionEntity) private readonly divisions: Repository<CpvDivisionEntity>,
  ) {}

  async list(query: CpvDivisionListQueryDto): Promise<Page<CpvDivisionDto>> {
    const builder = this.divisions.createQueryBuilder('division');
    if (query.q) {
      const escaped = escapeLike(query.q);
      builder.andWhere(
        '(division.cpvCode LIKE :prefix OR division.labelFi ILIKE :words OR division.labelSv ILIKE :words OR division.labelEn ILIKE :words)',
        { prefix: `${escaped}%`, words: `%${escaped}%` },
      );
    }
    const [rows, total] = await builder
      .orderBy('division.code', 'ASC')
      .offset(query.offset)
      .limit(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toCpvDivisionDto), total, page: query.page, pageSize: query.pageSize };
  }
}
