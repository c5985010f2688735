import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LANGUAGES, type Language } from '../../common/i18n/language';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { sortValues } from '../../common/pagination/sort';

export const REGION_SORT_FIELDS = ['code', 'name'] as const;
const REGION_SORTS = sortValues(REGION_SORT_FIELDS);

export class RegionListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: REGION_SORTS, default: 'code' })
  @IsOptional()
  @IsIn(REGION_SORTS)
  sort: string = 'code';

  @ApiPropertyOptional({
    enum: LANGUAGES,
    default: 'fi',
    description: 'Language of the names used by sort=name',
  })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang: Language = 'fi';
}
