import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { sortValues } from '../../common/pagination/sort';
import { IsRegionCode } from '../../common/validation/region-code.decorator';

export const MUNICIPALITY_SORT_FIELDS = ['code', 'name'] as const;
const MUNICIPALITY_SORTS = sortValues(MUNICIPALITY_SORT_FIELDS);

export class MunicipalityListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '01', description: 'Only municipalities of this region' })
  @IsOptional()
  @IsRegionCode()
  region?: string;

  @ApiPropertyOptional({ description: 'Start of the Finnish or Swedish name', example: 'Hel' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: MUNICIPALITY_SORTS, default: 'name' })
  @IsOptional()
  @IsIn(MUNICIPALITY_SORTS)
  sort: string = 'name';
}
