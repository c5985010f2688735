import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { sortValues } from '../../common/pagination/sort';
import { IsCalendarDate } from '../../common/validation/calendar-date.decorator';
import { UNIT_TYPES, type UnitType } from '../unit-types';
import { queryBoolean } from '../../common/validation/transforms';
import { IsRegionCode } from '../../common/validation/region-code.decorator';

export const UNIT_SORT_FIELDS = [
  'name',
  'businessId',
  'regionCode',
  'estimatedAnnualSpend',
  'updatedAt',
] as const;
const UNIT_SORTS = sortValues(UNIT_SORT_FIELDS);

/** Filters of the units list; the exports take the same ones. */
export class UnitListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Name (typo-tolerant) or the start of the business ID' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ example: '01' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @ApiPropertyOptional({ enum: UNIT_TYPES })
  @IsOptional()
  @IsIn(UNIT_TYPES)
  type?: UnitType;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  isActive?: boolean;

  @ApiPropertyOptional({ description: 'Reached (true) or not reached (false) between from and to (SPEC §4)' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  reached?: boolean;

  @ApiPropertyOptional({
    format: 'date',
    description: 'Start of the reach period (default: 1 January this year)',
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'End of the reach period, inclusive (default: today)' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ enum: UNIT_SORTS, description: 'Default: relevance when searching, otherwise name' })
  @IsOptional()
  @IsIn(UNIT_SORTS)
  sort?: string;
}

export class UnitTypeaheadQueryDto {
  @ApiPropertyOptional({ description: 'At least two characters of the name or business ID' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  q: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 20, default: 10 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? Number(value) : value))
  @IsIn([5, 10, 15, 20], { message: 'limit must be 5, 10, 15 or 20' })
  limit: number = 10;
}
