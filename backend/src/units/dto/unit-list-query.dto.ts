import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';

export class UnitListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name or the start of the business ID' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ example: '01' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'regionCode must be a two-digit region code' })
  regionCode?: string;
}
