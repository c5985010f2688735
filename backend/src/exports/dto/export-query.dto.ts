import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { RequestListQueryDto } from '../../requests/dto/request-list-query.dto';
import { UnitListQueryDto } from '../../units/dto/unit-list-query.dto';
import { EXPORT_FORMATS, type ExportFormat } from '../tabular-export';

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
  @Matches(/^\d{2}$/, { message: 'regionCode must be a two-digit region code' })
  regionCode?: string;
}

/** The requests list's filters and sort, without paging. */
export class RequestExportQueryDto extends OmitType(RequestListQueryDto, ['page', 'pageSize'] as const) {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat;
}
