import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { RequestListQueryDto } from '../../requests/dto/request-list-query.dto';
import { UnitListQueryDto } from '../../units/dto/unit-list-query.dto';
import { EXPORT_FORMATS, type ExportFormat } from '../tabular-export';
import { IsRegionCode } from '../../common/validation/region-code.decorator';

/** The units list's filters and sort, without paging: the export has every matching row. */
export class UnitExportQueryDto extends OmitType(UnitListQueryDto, ['page', 'pageSize'] as const) {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat;
}

export class ContactExportQueryDto {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat;

  @ApiPropertyOptional({ example: '01' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;
}

/** The requests list's filters and sort, without paging. */
export class RequestExportQueryDto extends OmitType(RequestListQueryDto, ['page', 'pageSize'] as const) {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat;
}
