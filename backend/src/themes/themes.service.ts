import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { PageQueryDto } from '../common/pagination/page-query.dto';
import type { Page } from '../common/pagination/page.dto';
import { type ThemeDto, toThemeDto } from './dto/theme.dto';
import { ThemeEntity } from './theme.entity';

@Injectable()
export class ThemesService {
  constructor(@InjectRepository(ThemeEntity) private readonly themes: Repository<ThemeEntity>) {}

  async list(query: PageQueryDto): Promise<Page<ThemeDto>> {
    const [rows, total] = await this.themes.findAndCount({
      order: { sortOrder: 'ASC', code: 'ASC' },
      skip: query.offset,
      take: query.pageSize,
    });
    return { items: rows.map(toThemeDto), total, page: query.page, pageSize: query.pageSize };
  }
}
