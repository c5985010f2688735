import { ApiProperty } from '@nestjs/swagger';
import { OmitType } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { UnitListQueryDto } from '../../units/dto/unit-list-query.dto';
import { EXPORT_FORMATS, type ExportFormat } from '../tabular-export';

/** The units list's filters and sort, without paging: the export has every matching row. */
export class UnitExportQueryDto extends OmitType(UnitListQueryDto, ['page', 'pageSize'] as const) {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat;
}
